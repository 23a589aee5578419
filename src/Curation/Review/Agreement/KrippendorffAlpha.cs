namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// Krippendorff's α = 1 − D_o / D_e with the nominal distance (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability"). Items with one rating cannot be paired and take no part, neither in D_o nor in D_e.
/// </summary>
internal static class KrippendorffAlpha
{
    public static Estimate Nominal(IReadOnlyList<ItemTally> items)
    {
        var pairable = items.Where(i => i.Pairable).ToList();
        if (pairable.Count == 0)
        {
            return Estimate.Undefined("no item has two or more ratings, so no disagreement can be observed");
        }

        var totals = LabelTotals.Of(pairable);
        if (totals.Count < 2)
        {
            return Estimate.Undefined($"every pairable rating is '{totals.Keys.Single()}': expected disagreement is 0, so alpha is 0/0");
        }

        double n = pairable.Sum(i => i.Total);

        // Each item's disagreeing ordered pairs count 1/(n_u − 1): every rating is paired with the item's n_u − 1 others.
        var observed = pairable.Sum(i => (Pairs(i.Total) - i.AgreeingPairs()) / (i.Total - 1)) / n;
        var expected = (Pairs(n) - totals.Values.Sum(t => t * (t - 1))) / Pairs(n);
        return Estimate.Of(1 - (observed / expected));
    }

    private static double Pairs(double n) => n * (n - 1);
}
