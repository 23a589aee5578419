namespace ValueAtlas.Evaluation.Metrics;

/// <summary>A two-sided interval; both ends equal the estimate when every resampled value is the same.</summary>
public sealed record ConfidenceInterval(double Low, double High);
