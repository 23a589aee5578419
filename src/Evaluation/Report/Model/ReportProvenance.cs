namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>Where the report's numbers come from and how to make them again. Never holds a key or header.</summary>
public sealed record ReportProvenance
{
    public IReadOnlyList<ResultsProvenance> Results { get; init; } = [];

    public SurveysProvenance? Surveys { get; init; }

    /// <summary>The <c>valueatlas report …</c> command line that rebuilds this report from the same folders.</summary>
    public required string CommandLine { get; init; }
}
