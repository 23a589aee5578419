using System.Globalization;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// One column of the row group being filled, held typed: a row group of 100,000 rows × 500 columns kept as strings or
/// boxed values would be tens of millions of objects for the garbage collector to trace.
/// </summary>
internal abstract class ColumnBuffer
{
    public static ColumnBuffer For(ParquetType type) => type switch
    {
        ParquetType.Int64 => new ColumnBuffer<long>(s => long.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        ParquetType.Double => new ColumnBuffer<double>(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)),
        ParquetType.Boolean => new ColumnBuffer<bool>(s => s == "true"),
        ParquetType.Date => new ColumnBuffer<DateOnly>(s => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ParquetType.Timestamp => new ColumnBuffer<DateTime>(s => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)),
        ParquetType.Int32 => new ColumnBuffer<int>(s => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
        _ => new ColumnBuffer<string?>(s => s),
    };

    /// <summary>A CSV field: empty is null, anything else parsed as the column's type.</summary>
    public abstract void SetText(int row, string text);

    /// <summary>A value already of the column's type, or null.</summary>
    public abstract void Set(int row, object? value);

    /// <summary>The first <paramref name="rows"/> rows as column data; the buffer is then free for the next group.</summary>
    public abstract ParquetColumnData Take(int rows);
}
