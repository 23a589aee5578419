using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Loading;

/// <summary>What <c>valueatlas report</c> was asked: the folders to read and how to compute and show the numbers.</summary>
public sealed record ReportRequest
{
    /// <summary>evaluate's output folders (distributions.parquet and evaluate.json in each).</summary>
    public required IReadOnlyList<string> Results { get; init; }

    /// <summary>harmonize's output folder (distributions.parquet, options.parquet, questions.parquet), or null.</summary>
    public string? Surveys { get; init; }

    public string Title { get; init; } = "ValueAtlas 평가 보고서 · Evaluation report";

    public ReportLanguage Language { get; init; } = ReportLanguage.Ko;

    public ReportSettings Settings { get; init; } = new();

    public required string CommandLine { get; init; }
}
