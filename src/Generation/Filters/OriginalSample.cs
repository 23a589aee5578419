namespace ValueAtlas.Generation.Filters;

/// <summary>
/// Chooses which originals a capped topic keeps. The groups are sorted by id and a fresh
/// <see cref="Random"/> is seeded for each topic, so the choice depends only on the seed and the
/// set of originals: input order does not matter, and a translated topic holding the same
/// originals keeps the same ones, which keeps the multilingual groups whole.
/// </summary>
internal static class OriginalSample
{
    public static IReadOnlySet<string> Choose(IEnumerable<string> originalGroups, int count, int seed)
    {
        var groups = originalGroups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (groups.Length <= count)
        {
            return groups.ToHashSet(StringComparer.Ordinal);
        }

        // Partial Fisher-Yates: the first `count` slots become a uniform sample without replacement.
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var j = random.Next(i, groups.Length);
            (groups[i], groups[j]) = (groups[j], groups[i]);
        }

        return groups.Take(count).ToHashSet(StringComparer.Ordinal);
    }
}
