namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>The <c>--surveys</c> folder: which sources and waves its distributions hold, and their size.</summary>
public sealed record SurveysProvenance
{
    public required string Folder { get; init; }

    /// <summary>"source wave" pairs, e.g. "GlobalOpinionQA ", "wvs 7".</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    public required int Questions { get; init; }

    public required int Countries { get; init; }

    public string? DistributionsSha256 { get; init; }
}
