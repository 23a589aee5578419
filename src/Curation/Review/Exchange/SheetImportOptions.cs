namespace ValueAtlas.Curation.Review.Exchange;

public sealed record SheetImportOptions
{
    /// <summary>Apply the valid rows even when others are rejected, and write the rejected ones to <see cref="RejectedPath"/>.</summary>
    public bool Partial { get; init; }

    /// <summary>Where the rejected rows go; by default beside the input, as NAME.rejected.csv.</summary>
    public string? RejectedPath { get; init; }
}
