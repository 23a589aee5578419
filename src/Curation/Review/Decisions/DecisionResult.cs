using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>An item-level outcome: refusals are data with a reason, not exceptions.</summary>
public sealed record DecisionResult(DecisionStatus Status, string Message, UnitState? State = null)
{
    public bool Applied => Status is DecisionStatus.Accepted;

    public static DecisionResult Fail(DecisionStatus status, string message) => new(status, message);
}
