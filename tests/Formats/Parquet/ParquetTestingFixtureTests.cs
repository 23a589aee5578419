using System.Globalization;
using System.Text.Json;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Parquet;

/// <summary>
/// Files other writers made (Apache parquet-testing: Impala, Spark, parquet-mr, Arrow, Rust): each is read equal to
/// DuckDB's reading, value for value, or refused with an error naming the column and what is unsupported.
/// </summary>
public sealed class ParquetTestingFixtureTests
{
    public static TheoryData<string> Read =>
    [
        "alltypes_tiny_pages.parquet",
        "binary.parquet",
        "lz4_raw_compressed.parquet",
        "byte_array_decimal.parquet",
        "byte_stream_split.zstd.parquet",
        "column_chunk_key_value_metadata.parquet",
        "delta_binary_packed.parquet",
        "delta_length_byte_array.parquet",
        "int32_decimal.parquet",
        "int64_decimal.parquet",
        "single_nan.parquet",
    ];

    public static TheoryData<string, string> Refused => new()
    {
        { "datapage_v2.snappy.parquet", "column 'e' is a list" },

        // Its last value is year 226414 BC (DuckDB shows it so); .NET's DateTime ends at year 1.
        { "int96_from_spark.parquet", "timestamps within the years 1 to 9999 in column 'a'" },

        // Parquet.Net 6.1.0 cannot parse this footer (DuckDB can); no column can be named.
        { "dict-page-offset-zero.parquet", "file metadata Parquet.Net can parse" },
    };

    private static string Fixture(string name) => RepoRoot.File("tests", "Formats", "Parquet", "Fixtures", "parquet-testing", name);

    [Theory]
    [MemberData(nameof(Read))]
    public async Task File_IsReadEqualToDuckDb(string name)
    {
        var file = Fixture(name);
        var types = await DuckDbOracle.QueryAsync(file, "SELECT column_name AS n, column_type AS t FROM (DESCRIBE t)");
        var sql = "SELECT " + string.Join(", ", types.Select(t => Normalize(t.GetProperty("n").GetString()!, t.GetProperty("t").GetString()!))) + " FROM t";
        var expected = await DuckDbOracle.QueryAsync(file, sql);

        using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
        Assert.Equal(types.Select(t => t.GetProperty("n").GetString()), reader.Schema.Select(c => c.Name));
        var row = 0;
        await foreach (var group in reader.ReadRowGroupsAsync(CancellationToken.None))
        {
            for (var r = 0; r < group[0].Count; r++, row++)
            {
                for (var c = 0; c < group.Count; c++)
                {
                    var theirs = expected[row].EnumerateObject().ElementAt(c).Value;
                    Assert.True(Same(group[c][r], theirs), $"{name} row {row} column {reader.Schema[c].Name}: ours {Text(group[c][r])}, DuckDB {theirs}");
                }
            }
        }

        Assert.Equal(expected.Length, row);
        Assert.Equal(expected.Length, reader.RowCount);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task File_IsRefusedNamingTheColumn(string name, string what)
    {
        var file = Fixture(name);

        var error = await Assert.ThrowsAsync<FileFormatException>(async () =>
        {
            using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
            await foreach (var group in reader.ReadRowGroupsAsync(CancellationToken.None))
            {
                Assert.NotEmpty(group);
            }
        });

        Assert.Equal(file, error.File);
        Assert.Contains(what, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_ShowsColumnChunkKeyValueMetadata()
    {
        var info = await ParquetReader.InspectAsync(Fixture("column_chunk_key_value_metadata.parquet"), CancellationToken.None);

        Assert.Contains(info.RowGroups.SelectMany(g => g.Columns), c => c.KeyValueMetadata.Count > 0);
    }

    // One JSON form per DuckDB type: instants and wall-clock times as epoch microseconds, times as microseconds of the day.
    private static string Normalize(string column, string type)
    {
        var quoted = "\"" + column.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        return type switch
        {
            _ when type.StartsWith("TIMESTAMP", StringComparison.Ordinal) => $"epoch_us({quoted})::VARCHAR AS {quoted}",
            _ when type.StartsWith("TIME", StringComparison.Ordinal) => $"(hour({quoted}) * 3600000000 + minute({quoted}) * 60000000 + microsecond({quoted}))::VARCHAR AS {quoted}",
            _ => $"{quoted}::VARCHAR AS {quoted}",
        };
    }

    private static bool Same(object? ours, JsonElement theirs)
    {
        if (theirs.ValueKind == JsonValueKind.Null || ours is null)
        {
            return theirs.ValueKind == JsonValueKind.Null && ours is null;
        }

        var text = theirs.GetString()!;
        return ours switch
        {
            float f => double.Parse(text, CultureInfo.InvariantCulture) is var d && (d.Equals((double)f) || d.Equals(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture))),
            double d => double.Parse(text, CultureInfo.InvariantCulture).Equals(d),
            decimal m => decimal.Parse(text, CultureInfo.InvariantCulture) == m,
            _ => Text(ours) == text,
        };
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => ((t.Ticks - DateTime.UnixEpoch.Ticks) / 10).ToString(CultureInfo.InvariantCulture),
        TimeOnly t => (t.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        byte[] b => BlobText.Escape(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
