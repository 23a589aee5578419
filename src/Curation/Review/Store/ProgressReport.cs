using ValueAtlas.Curation.Review.Annotators;

namespace ValueAtlas.Curation.Review.Store;

public sealed record ProgressReport(Annotator Annotator, IReadOnlyList<QueueProgress> Queues);
