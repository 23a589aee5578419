namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>Row counts of an import, and every problem by row.</summary>
public sealed record SheetImportResult
{
    /// <summary>Decisions the store recorded now.</summary>
    public int Applied { get; init; }

    /// <summary>Rows whose decision was already recorded (the same file imported again).</summary>
    public int Unchanged { get; init; }

    /// <summary>Rows without a decision yet.</summary>
    public int Skipped { get; init; }

    public int Rejected { get; init; }

    public IReadOnlyList<SheetError> Errors { get; init; } = [];

    /// <summary>True when errors stopped the import before it applied anything.</summary>
    public bool NothingApplied { get; init; }

    /// <summary>The file the rejected rows were written to, when they were.</summary>
    public string? RejectedPath { get; init; }

    public static SheetImportResult Refused(IReadOnlyList<SheetError> errors, int rejected = 0, int skipped = 0) =>
        new() { Errors = errors, NothingApplied = true, Rejected = rejected, Skipped = skipped };
}
