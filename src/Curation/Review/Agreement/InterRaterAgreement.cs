namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// Agreement statistics for one set of nominal ratings (a review queue, a unit kind, a language, a country…).
/// Pure computation: callers choose the subset and read or write files themselves.
/// </summary>
public static class InterRaterAgreement
{
    /// <exception cref="ArgumentException">A rater rated the same item more than once.</exception>
    public static AgreementSummary Compute(IEnumerable<Rating> ratings)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        var tallies = new Dictionary<string, ItemTally>(StringComparer.Ordinal);
        var items = new List<ItemTally>();
        var rated = new HashSet<(string Item, string Rater)>();
        var raters = new HashSet<string>(StringComparer.Ordinal);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var rating in ratings)
        {
            // A second vote from the same rater would count as agreement with themself.
            if (!rated.Add((rating.Item, rating.Rater)))
            {
                throw new ArgumentException($"rater '{rating.Rater}' rated item '{rating.Item}' more than once", nameof(ratings));
            }

            if (!tallies.TryGetValue(rating.Item, out var tally))
            {
                tally = new ItemTally(rating.Item);
                tallies.Add(rating.Item, tally);
                items.Add(tally);
            }

            tally.Add(rating.Label);
            raters.Add(rating.Rater);
            labels.Add(rating.Label);
            count++;
        }

        var pairable = items.Where(i => i.Pairable).ToList();
        var kappa = FleissKappa.Of(items);
        var alpha = KrippendorffAlpha.Nominal(items);
        return new AgreementSummary
        {
            Counts = new AgreementCounts(items.Count, raters.Count, count, labels.Count, pairable.Count),
            FleissKappa = kappa.Value,
            FleissKappaUndefinedReason = kappa.UndefinedReason,
            KrippendorffAlpha = alpha.Value,
            KrippendorffAlphaUndefinedReason = alpha.UndefinedReason,
            ObservedAgreement = pairable.Count == 0 ? null : pairable.Average(i => i.AgreeingPairs() / ((double)i.Total * (i.Total - 1))),
            Majorities = [.. items.Select(MajorityVote.Of)],
        };
    }
}
