using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// Agreement of a review queue's annotators, overall and per unit kind, language and country.
/// Adjudications are left out: they are not independent ratings but the resolution of disagreement.
/// </summary>
public static class QueueAgreement
{
    public static IReadOnlyList<AgreementGroup> Of(string queue, IReadOnlyList<UnitRecord> units)
    {
        var groups = new List<AgreementGroup> { Group("queue", queue, units) };
        groups.AddRange(units.GroupBy(u => UnitKinds.Name(u.Unit.Kind)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group("kind", g.Key, [.. g])));
        groups.AddRange(units.GroupBy(u => u.Unit.Language).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group("language", g.Key, [.. g])));
        groups.AddRange(units.GroupBy(u => u.Unit.Country).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Group("country", g.Key, [.. g])));
        return groups;
    }

    private static AgreementGroup Group(string dimension, string value, IReadOnlyList<UnitRecord> units)
    {
        var decisions = units.SelectMany(u => u.Decisions).Where(d => !d.Adjudication).ToList();
        return new AgreementGroup(
            dimension,
            value,
            Compact(InterRaterAgreement.Compute(decisions.Select(d => new Rating(d.UnitId, d.AnnotatorId, ReviewStore.DecisionName(d.Decision))))),
            Compact(InterRaterAgreement.Compute(decisions.Select(d => new Rating(d.UnitId, d.AnnotatorId, d.Decision == DecisionKind.Reject ? "reject" : "accept")))));
    }

    /// <summary>Per-unit majorities are the units' states, already in the store; the report keeps the statistics.</summary>
    private static AgreementSummary Compact(AgreementSummary summary) => summary with { Majorities = [] };
}
