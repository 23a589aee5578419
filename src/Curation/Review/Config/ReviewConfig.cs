namespace ValueAtlas.Curation.Review.Config;

/// <summary>review/review.yaml: where the store is and what reviewers may answer. Keys are snake_case.</summary>
public sealed class ReviewConfig
{
    public StoreSection Store { get; set; } = new();

    public int LeaseMinutes { get; set; } = 30;

    public int SpreadsheetLeaseDays { get; set; } = 14;

    /// <summary>Null keeps the built-in list (Store.ReviewOptions.Default).</summary>
    public List<ReasonEntry>? RejectReasons { get; set; }
}
