namespace ValueAtlas.Curation.Review.Approved;

/// <summary>An enqueued row left out of the approved export, and why: nothing is dropped silently.</summary>
public sealed record ExcludedItem(string ItemId, string UnitId, string Reason);
