using System.Globalization;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// One column of the row group being filled, held typed: a row group of 100,000 rows × 500 columns kept as strings or
/// boxed values would be tens of millions of objects for the garbage collector to trace.
/// </summary>
internal abstract class ColumnBuffer
{
    public delegate bool TryParse<T>(ReadOnlySpan<char> text, out T value);

    /// <summary>Rough bytes one buffered row of this type costs, for sizing row groups by memory.</summary>
    public static int BytesPerRow(ParquetType type) => type switch
    {
        ParquetType.String => 72,
        ParquetType.Decimal => 17,
        ParquetType.Int32 or ParquetType.Float or ParquetType.Date => 5,
        ParquetType.Boolean => 2,
        _ => 9,
    };

    public static ColumnBuffer For(ParquetColumn column, int capacity, CsvMissingValues? missing = null)
    {
        // Markers are nulls only where the column is not text (see CsvMissingValues).
        var markers = missing ?? CsvMissingValues.None;
        return column.Type switch
        {
            ParquetType.Int64 => new ColumnBuffer<long>(CsvNumbers.TryParseInt64, markers, capacity),
            ParquetType.Double => new ColumnBuffer<double>(CsvNumbers.TryParseDouble, markers, capacity),
            ParquetType.Boolean => new ColumnBuffer<bool>(ParseBoolean, markers, capacity),
            ParquetType.Date => new ColumnBuffer<DateOnly>(CsvDates.TryDate, markers, capacity),
            ParquetType.Timestamp when column.AdjustedToUtc => new ColumnBuffer<DateTime>(CsvDates.TryOffset, markers, capacity),
            ParquetType.Timestamp => new ColumnBuffer<DateTime>(CsvDates.TryWallClock, markers, capacity),
            ParquetType.Int32 => new ColumnBuffer<int>((ReadOnlySpan<char> s, out int v) => int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out v), markers, capacity),
            ParquetType.Float => new ColumnBuffer<float>((ReadOnlySpan<char> s, out float v) => float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v), markers, capacity),
            ParquetType.Time => new ColumnBuffer<TimeOnly>((ReadOnlySpan<char> s, out TimeOnly v) => TimeOnly.TryParse(s, CultureInfo.InvariantCulture, out v), markers, capacity),
            ParquetType.Decimal => new ColumnBuffer<decimal>((ReadOnlySpan<char> s, out decimal v) => decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out v), markers, capacity),
            _ => new ColumnBuffer<string?>((ReadOnlySpan<char> s, out string? v) => (v = s.ToString()) is not null, CsvMissingValues.None, capacity),
        };
    }

    /// <summary>A CSV field: empty (or a missing-value marker) is null, anything else parsed as the column's type.</summary>
    /// <returns>False when the text is not of the column's type.</returns>
    public abstract bool SetText(int row, ReadOnlySpan<char> text);

    /// <summary>A value already of the column's type, or null.</summary>
    public abstract void Set(int row, object? value);

    /// <summary>The first <paramref name="rows"/> rows as column data; the buffer is then free for the next group.</summary>
    public abstract ParquetColumnData Take(int rows);

    private static bool ParseBoolean(ReadOnlySpan<char> text, out bool value)
    {
        value = text.SequenceEqual("true");
        return value || text.SequenceEqual("false");
    }
}
