namespace ValueAtlas.Curation.Review.Store;

/// <summary>Units added, and units that were already in the queue (left untouched).</summary>
public sealed record EnqueueResult(int Added, int Existing);
