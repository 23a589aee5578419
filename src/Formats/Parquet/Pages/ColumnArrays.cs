namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>Typed copies between column arrays whose element type is only known at run time, without boxing each value.</summary>
internal static class ColumnArrays
{
    public static Array Create(ParquetType type, int length) => type switch
    {
        ParquetType.String => new string[length],
        ParquetType.Int32 => new int[length],
        ParquetType.Int64 => new long[length],
        ParquetType.Double => new double[length],
        ParquetType.Boolean => new bool[length],
        ParquetType.Date => new DateOnly[length],
        ParquetType.Timestamp => new DateTime[length],
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The dictionary entries the indices name; throws <see cref="InvalidDataException"/> for an index out of range.</summary>
    public static Array Gather(Array dictionary, ReadOnlySpan<int> indices) => dictionary switch
    {
        string[] d => Gather(d, indices),
        int[] d => Gather(d, indices),
        long[] d => Gather(d, indices),
        double[] d => Gather(d, indices),
        bool[] d => Gather(d, indices),
        DateOnly[] d => Gather(d, indices),
        DateTime[] d => Gather(d, indices),
        _ => throw new ArgumentOutOfRangeException(nameof(dictionary)),
    };

    /// <summary>Copies the page's non-null values to the rows whose definition level is 1 (all rows when levels is null).</summary>
    public static void Place(Array values, Array target, ReadOnlySpan<int> levels, int at)
    {
        if (levels.IsEmpty)
        {
            Array.Copy(values, 0, target, at, values.Length);
            return;
        }

        switch (target)
        {
            case string[] t: Place((string[])values, t, levels, at); break;
            case int[] t: Place((int[])values, t, levels, at); break;
            case long[] t: Place((long[])values, t, levels, at); break;
            case double[] t: Place((double[])values, t, levels, at); break;
            case bool[] t: Place((bool[])values, t, levels, at); break;
            case DateOnly[] t: Place((DateOnly[])values, t, levels, at); break;
            case DateTime[] t: Place((DateTime[])values, t, levels, at); break;
            default: throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    private static T[] Gather<T>(T[] dictionary, ReadOnlySpan<int> indices)
    {
        var result = new T[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            var index = indices[i];
            if ((uint)index >= (uint)dictionary.Length)
            {
                throw new InvalidDataException($"a dictionary index below {dictionary.Length}, not {index}");
            }

            result[i] = dictionary[index];
        }

        return result;
    }

    private static void Place<T>(T[] values, T[] target, ReadOnlySpan<int> levels, int at)
    {
        var next = 0;
        for (var i = 0; i < levels.Length; i++)
        {
            if (levels[i] != 0)
            {
                target[at + i] = values[next++];
            }
        }
    }
}
