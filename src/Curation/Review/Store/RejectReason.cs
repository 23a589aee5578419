namespace ValueAtlas.Curation.Review.Store;

/// <summary>One entry of the configurable reject list; the code is what decisions and spreadsheets carry.</summary>
public sealed record RejectReason(string Code, string Ko, string En, bool NeedsNote = false);
