using ValueAtlas.Formats.Parquet.Metadata;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>Min, max and null count of a column chunk, ordered as Parquet's TYPE_ORDER defines for each type.</summary>
internal static class ColumnStatistics
{
    public static Statistics Compute(ParquetColumnData data)
    {
        // Typed scans: boxing every value of a large chunk costs more than the scan itself.
        var (min, max) = data.Values switch
        {
            double[] v => Range(v, data, double.IsNaN, (a, b) => a.CompareTo(b)),
            long[] v => Range(v, data, _ => false, (a, b) => a.CompareTo(b)),
            int[] v => Range(v, data, _ => false, (a, b) => a.CompareTo(b)),
            DateOnly[] v => Range(v, data, _ => false, (a, b) => a.CompareTo(b)),
            DateTime[] v => Range(v, data, _ => false, (a, b) => a.CompareTo(b)),
            bool[] v => Range(v, data, _ => false, (a, b) => a.CompareTo(b)),
            string?[] v => Range(v, data, _ => false, (a, b) => Utf8Order(a!, b!)),
            _ => throw new ArgumentException("Unsupported column array " + data.Values.GetType().Name, nameof(data)),
        };

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

    private static (object? Min, object? Max) Range<T>(T[] values, ParquetColumnData data, Func<T, bool> skip, Comparison<T> compare)
    {
        var found = false;
        T min = default!, max = default!;
        for (var i = 0; i < values.Length; i++)
        {
            if (data.IsNullAt(i) || skip(values[i]))
            {
                continue;
            }

            if (!found)
            {
                (min, max, found) = (values[i], values[i], true);
                continue;
            }

            if (compare(values[i], min) < 0)
            {
                min = values[i];
            }

            if (compare(values[i], max) > 0)
            {
                max = values[i];
            }
        }

        return found ? (min, max) : (null, null);
    }

    /// <summary>
    /// Strings order by their UTF-8 bytes, unsigned. UTF-16 ordinal order agrees except where a surrogate (U+D800–DFFF)
    /// meets a character at U+E000 or above: in UTF-8 the supplementary character is the greater one.
    /// </summary>
    internal static int Utf8Order(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            char x = a[i], y = b[i];
            if (x == y)
            {
                continue;
            }

            if (char.IsSurrogate(x) && y >= '\uE000' && !char.IsSurrogate(y))
            {
                return 1;
            }

            if (char.IsSurrogate(y) && x >= '\uE000' && !char.IsSurrogate(x))
            {
                return -1;
            }

            return x.CompareTo(y);
        }

        return a.Length.CompareTo(b.Length);
    }
}
