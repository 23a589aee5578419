namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>How often each label was given across items: the marginals chance agreement is computed from.</summary>
internal static class LabelTotals
{
    public static Dictionary<string, double> Of(IEnumerable<ItemTally> items)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var (label, count) in item.Counts)
            {
                totals[label] = totals.GetValueOrDefault(label) + count;
            }
        }

        return totals;
    }
}
