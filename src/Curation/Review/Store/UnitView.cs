using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Store;

/// <summary>
/// A unit as one annotator may see it. Blind review: <see cref="OtherDecisions"/> is empty
/// unless the unit is in adjudication and the viewer is its adjudicator.
/// </summary>
public sealed record UnitView
{
    public required ReviewUnit Unit { get; init; }

    public required UnitState State { get; init; }

    public required int Overlap { get; init; }

    /// <summary>True when the viewer is asked for the final, adjudicating decision.</summary>
    public bool Adjudication { get; init; }

    public IReadOnlyList<DecisionRecord> OtherDecisions { get; init; } = [];
}
