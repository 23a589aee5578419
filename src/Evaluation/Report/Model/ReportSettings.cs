using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>How the numbers were computed, printed beside them so a reader can recompute them.</summary>
public sealed record ReportSettings
{
    public LogBase LogBase { get; init; } = LogBase.E;

    public SimilarityMeasure SimilarityMeasure { get; init; } = SimilarityMeasure.JsDistance;

    public int Resamples { get; init; } = 9_999;

    public int Seed { get; init; }
}
