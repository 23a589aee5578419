using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>A stored (or already stored) decision or undo, and the state its unit is now in.</summary>
public sealed record DecisionResponse(DecisionStatus Status, string Message, UnitState? State);
