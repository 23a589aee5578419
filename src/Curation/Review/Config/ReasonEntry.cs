namespace ValueAtlas.Curation.Review.Config;

/// <summary>One reject reason as written in review.yaml.</summary>
public sealed class ReasonEntry
{
    public string Code { get; set; } = "";

    public string Ko { get; set; } = "";

    public string En { get; set; } = "";

    public bool NeedsNote { get; set; }
}
