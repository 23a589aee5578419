using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Parquet;

/// <summary>A small table with every supported type, nulls in every optional column, Korean and empty strings.</summary>
internal static class SampleTable
{
    public static readonly ParquetColumn[] Schema =
    [
        new("id", ParquetType.Int64, Optional: false),
        new("name", ParquetType.String),
        new("count", ParquetType.Int32),
        new("score", ParquetType.Double),
        new("active", ParquetType.Boolean),
        new("born", ParquetType.Date),
        new("seen", ParquetType.Timestamp) { AdjustedToUtc = true },
        new("ratio", ParquetType.Float),
        new("local", ParquetType.Timestamp),
        new("clock", ParquetType.Time),
        new("amount", ParquetType.Decimal) { Precision = 12, Scale = 2 },
        new("code", ParquetType.String, Optional: false),
    ];

    private static readonly string[] Codes = ["A", "B", "C"];

    public static readonly string?[] Names = ["서울", "", null, "Zürich", "부산 😀", "a", null, "서울", "서울", "서울"];

    public static ParquetColumnData[] Columns(int rows, int offset = 0)
    {
        var ids = new long[rows];
        var names = new string?[rows];
        var counts = new int?[rows];
        var scores = new double?[rows];
        var active = new bool?[rows];
        var born = new DateOnly?[rows];
        var seen = new DateTime?[rows];
        var ratio = new float?[rows];
        var local = new DateTime?[rows];
        var clock = new TimeOnly?[rows];
        var amount = new decimal?[rows];
        var code = new string?[rows];
        for (var i = 0; i < rows; i++)
        {
            var n = i + offset;
            ids[i] = n * 1_000_000_007L - 5;
            names[i] = Names[n % Names.Length];
            counts[i] = n % 4 == 1 ? null : n * 3 - 7;
            scores[i] = n % 5 == 2 ? null : n * 0.25 - 1.5;
            active[i] = n % 3 == 2 ? null : n % 2 == 0;
            born[i] = n % 6 == 3 ? null : new DateOnly(1950, 1, 1).AddDays(n % 20_000 * 37);
            seen[i] = n % 7 == 4 ? null : new DateTime(2024, 2, 29, 23, 59, 58, DateTimeKind.Utc).AddTicks(n * 123_456_780L);
            ratio[i] = n % 8 == 5 ? null : n * 0.5f - 3;
            local[i] = n % 5 == 1 ? null : new DateTime(2018, 5, 6, 10, 10, 10, DateTimeKind.Unspecified).AddTicks(n * 987_654_320L);
            clock[i] = n % 6 == 2 ? null : new TimeOnly(10, 10, 10).Add(TimeSpan.FromTicks(n * 12_345_670L % TimeSpan.TicksPerDay));
            amount[i] = n % 9 == 7 ? null : n * 123.45m - 999.99m;
            code[i] = Codes[n % Codes.Length];
        }

        return
        [
            new ParquetColumnData(ids),
            ParquetColumnData.Of(names),
            ParquetColumnData.Of(counts),
            ParquetColumnData.Of(scores),
            ParquetColumnData.Of(active),
            ParquetColumnData.Of(born),
            ParquetColumnData.Of(seen),
            ParquetColumnData.Of(ratio),
            ParquetColumnData.Of(local),
            ParquetColumnData.Of(clock),
            ParquetColumnData.Of(amount),
            ParquetColumnData.Of(code),
        ];
    }
}
