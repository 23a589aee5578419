using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>One <c>--results</c> folder: its evaluate.json and the hash of the distributions the metrics read.</summary>
public sealed record ResultsProvenance
{
    /// <summary>The folder as given on the command line (relative paths stay relative).</summary>
    public required string Folder { get; init; }

    public required EvaluationSummary Summary { get; init; }

    /// <summary>Lowercase hex SHA-256 of distributions.parquet; null when the report was built by hand.</summary>
    public string? DistributionsSha256 { get; init; }
}
