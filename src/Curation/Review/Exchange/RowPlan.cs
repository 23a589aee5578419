using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>A valid row, ready for <see cref="Store.ReviewStore.DecideAsync"/>.</summary>
public sealed record RowPlan(Annotator Who, string UnitId, DecisionRequest Request);
