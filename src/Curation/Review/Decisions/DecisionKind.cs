namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>An edit is an approval of the edited form.</summary>
public enum DecisionKind
{
    Approve,
    Reject,
    Edit,
}
