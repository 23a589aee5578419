using ValueAtlas.Curation.Review.Decisions;

namespace ValueAtlas.Curation.Review.Store;

/// <summary>One result per decision of the batch, in its order; nothing is stored when <see cref="Committed"/> is false.</summary>
public sealed record DecisionBatchResult(bool Committed, IReadOnlyList<DecisionResult> Results);
