using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Store;

/// <summary>A unit with every decision on it: for agreement, status and the approved export; never for annotators.</summary>
public sealed record UnitRecord
{
    public required ReviewUnit Unit { get; init; }

    public required UnitState State { get; init; }

    public required int Overlap { get; init; }

    public required IReadOnlyList<DecisionRecord> Decisions { get; init; }

    /// <summary>The adjudicator's decision when there is one; it overrides the others.</summary>
    public DecisionRecord? Adjudication => Decisions.FirstOrDefault(d => d.Adjudication);

    /// <summary>The decision whose outcome the unit took: the adjudication, or any of the agreeing ones.</summary>
    public DecisionRecord? Final => State switch
    {
        UnitState.Approved or UnitState.Rejected => Adjudication ?? Decisions.FirstOrDefault(),
        _ => null,
    };
}
