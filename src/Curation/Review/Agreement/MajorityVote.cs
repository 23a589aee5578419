namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>The label most raters gave an item; a tie keeps every tied label rather than picking one arbitrarily.</summary>
internal static class MajorityVote
{
    public static MajorityLabel Of(ItemTally item)
    {
        var votes = item.Counts.Values.Max();
        var labels = item.Counts.Where(c => c.Value == votes).Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
        return new MajorityLabel(item.Item, labels, votes, item.Total);
    }
}
