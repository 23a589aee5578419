namespace ValueAtlas.Evaluation.Metrics;

public sealed record SimilarityOptions
{
    public SimilarityMeasure Measure { get; init; } = SimilarityMeasure.JsDistance;

    public LogBase LogBase { get; init; } = LogBase.E;

    public int Resamples { get; init; } = 9_999;

    public int Seed { get; init; }

    public double Confidence { get; init; } = 0.95;
}
