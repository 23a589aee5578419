namespace ValueAtlas.Generation.Filters;

/// <summary>
/// Topic names generated in both the controversial and the uncontroversial list. The reference
/// keeps the lists apart even when names collide, so an overlap is a warning for the run
/// report, not a reason to drop anything.
/// </summary>
public static class TopicOverlap
{
    /// <returns>
    /// The overlapping names as <see cref="TextKey"/> forms (so 사형제 and "사형 제." match),
    /// distinct and in ordinal order so reports compare across runs.
    /// </returns>
    public static IReadOnlyList<string> Find(IEnumerable<(string Name, bool Controversial)> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);

        var controversial = new HashSet<string>(StringComparer.Ordinal);
        var uncontroversial = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, isControversial) in topics)
        {
            var key = TextKey.Normalise(name);
            if (key.Length > 0)
            {
                (isControversial ? controversial : uncontroversial).Add(key);
            }
        }

        controversial.IntersectWith(uncontroversial);
        return [.. controversial.Order(StringComparer.Ordinal)];
    }
}
