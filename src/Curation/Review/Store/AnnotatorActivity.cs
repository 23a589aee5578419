using ValueAtlas.Curation.Review.Annotators;

namespace ValueAtlas.Curation.Review.Store;

/// <summary>What one annotator has done in one queue, for maintainers following the work.</summary>
public sealed record AnnotatorActivity(Annotator Annotator, string Queue, int Decisions, int Adjudications, DateTimeOffset? LastDecisionAt);
