namespace ValueAtlas.Curation.Review.Store;

/// <summary>A queue's counts by state, plus one annotator's share when asked for by one.</summary>
public sealed record QueueProgress
{
    public required string Queue { get; init; }

    public required int Overlap { get; init; }

    public required int Units { get; init; }

    public required int Open { get; init; }

    public required int Adjudication { get; init; }

    public required int Approved { get; init; }

    public required int Rejected { get; init; }

    public required int Decisions { get; init; }

    /// <summary>Decisions by the asking annotator (0 in an overall status).</summary>
    public int DecidedByMe { get; init; }

    /// <summary>Units the asking annotator could still be given.</summary>
    public int AvailableToMe { get; init; }
}
