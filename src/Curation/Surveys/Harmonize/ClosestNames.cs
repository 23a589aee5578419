namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>The names nearest to a misspelt one by edit distance (case-insensitive), for "did you mean" lists.</summary>
public static class ClosestNames
{
    public static IReadOnlyList<string> To(string name, IEnumerable<string> names, int count = 5) =>
        [.. names
            .Select(n => (Name: n, Distance: Distance(name.ToUpperInvariant(), n.ToUpperInvariant())))
            .OrderBy(p => p.Distance)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Name)];

    /// <summary>Levenshtein distance: insertions, deletions and substitutions, each 1.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitute = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitute, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
