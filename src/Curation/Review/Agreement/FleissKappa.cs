namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>Fleiss (1971): κ = (P̄ − P̄e) / (1 − P̄e) over items that all have the same number n of ratings.</summary>
internal static class FleissKappa
{
    public static Estimate Of(IReadOnlyList<ItemTally> items)
    {
        if (items.Count == 0)
        {
            return Estimate.Undefined("there are no ratings");
        }

        var fewest = items.Min(i => i.Total);
        var most = items.Max(i => i.Total);
        if (fewest != most)
        {
            return Estimate.Undefined($"items have {fewest} to {most} ratings, and Fleiss' kappa needs the same number for every item (Krippendorff's alpha does not)");
        }

        if (fewest < 2)
        {
            return Estimate.Undefined("every item has a single rating; Fleiss' kappa needs at least two per item");
        }

        var totals = LabelTotals.Of(items);
        if (totals.Count < 2)
        {
            return Estimate.Undefined($"every rating is '{totals.Keys.Single()}': expected agreement is 1, so kappa is 0/0");
        }

        double n = fewest;
        double all = n * items.Count;
        var observed = items.Average(i => i.AgreeingPairs() / (n * (n - 1)));
        var expected = totals.Values.Sum(t => t / all * (t / all));
        return Estimate.Of((observed - expected) / (1 - expected));
    }
}
