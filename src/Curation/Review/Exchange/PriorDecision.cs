using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// What the store would refuse because of decisions already made, known before anything is
/// applied: a changed decision by the same annotator, a unit already final, an adjudication for
/// someone without the role. The same decision again is fine: the store answers Unchanged.
/// </summary>
internal static class PriorDecision
{
    public static string? Conflict(Annotator who, UnitView view, DecisionRecord? mine, DecisionRequest request)
    {
        if (mine is not null)
        {
            return mine.Repeats(request)
                ? null
                : $"{who.Id} already decided this unit ({Describe(mine)}); an import cannot change a decision";
        }

        return view.State switch
        {
            UnitState.Approved or UnitState.Rejected => $"the unit is already final ({ReviewStore.StateName(view.State)}) and takes no more decisions",
            UnitState.Adjudication when !who.CanAdjudicate => "the unit awaits adjudication, which needs the adjudicator role",
            _ => null,
        };
    }

    private static string Describe(DecisionRecord d) =>
        ReviewStore.DecisionName(d.Decision) + (d.Reason is null ? "" : $" {d.Reason}");
}
