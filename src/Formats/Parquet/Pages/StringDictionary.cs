namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>The distinct strings of a column chunk in first-seen order, and each non-null row's index into them.</summary>
internal sealed record StringDictionary(IReadOnlyList<string> Values, int[] Indices)
{
    /// <summary>Null when the chunk has more than <paramref name="maxSize"/> distinct values or no repeats to gain from.</summary>
    public static StringDictionary? TryBuild(ParquetColumnData data, int maxSize)
    {
        if (maxSize <= 0 || data.Values is not string?[] strings)
        {
            return null;
        }

        var lookup = new Dictionary<string, int>(StringComparer.Ordinal);
        var values = new List<string>();
        var indices = new List<int>(strings.Length);
        for (var i = 0; i < strings.Length; i++)
        {
            if (data.IsNullAt(i))
            {
                continue;
            }

            var value = strings[i]!;
            if (!lookup.TryGetValue(value, out var index))
            {
                if (values.Count == maxSize)
                {
                    return null;
                }

                index = values.Count;
                lookup.Add(value, index);
                values.Add(value);
            }

            indices.Add(index);
        }

        return values.Count < indices.Count ? new StringDictionary(values, [.. indices]) : null;
    }
}
