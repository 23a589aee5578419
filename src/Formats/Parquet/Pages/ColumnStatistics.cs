using ValueAtlas.Formats.Parquet.Metadata;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>Min, max and null count of a column chunk, ordered as Parquet's TYPE_ORDER defines for each type.</summary>
internal static class ColumnStatistics
{
    public static Statistics Compute(ParquetColumnData data)
    {
        object? min = null, max = null;
        for (var i = 0; i < data.Count; i++)
        {
            if (data.IsNullAt(i))
            {
                continue;
            }

            var value = data.Values.GetValue(i)!;
            if (value is double d && double.IsNaN(d))
            {
                continue;
            }

            if (min is null || Compare(value, min) < 0)
            {
                min = value;
            }

            if (max is null || Compare(value, max) > 0)
            {
                max = value;
            }
        }

        // The spec asks for -0.0 as a zero minimum and +0.0 as a zero maximum, so either zero matches the range.
        if (min is 0.0)
        {
            min = -0.0;
        }

        if (max is 0.0)
        {
            max = 0.0;
        }

        return new Statistics(
            min is null ? null : PlainEncoder.Value(min),
            max is null ? null : PlainEncoder.Value(max),
            data.NullCount);
    }

    private static int Compare(object a, object b) => (a, b) switch
    {
        // Strings order by their UTF-8 bytes, unsigned, which UTF-16 ordinal order does not match for surrogate pairs.
        (string x, string y) => System.Text.Encoding.UTF8.GetBytes(x).AsSpan().SequenceCompareTo(System.Text.Encoding.UTF8.GetBytes(y)),
        (IComparable x, _) => x.CompareTo(b),
        _ => throw new ArgumentException("Incomparable values", nameof(a)),
    };
}
