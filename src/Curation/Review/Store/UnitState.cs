namespace ValueAtlas.Curation.Review.Store;

/// <summary>
/// Open until it has its N decisions; then approved or rejected when they agree (same kind,
/// same edited text), otherwise in adjudication until an adjudicator's final decision.
/// </summary>
public enum UnitState
{
    Open,
    Adjudication,
    Approved,
    Rejected,
}
