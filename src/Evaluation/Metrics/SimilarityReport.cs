namespace ValueAtlas.Evaluation.Metrics;

public sealed record SimilarityReport
{
    public required SimilarityMeasure Measure { get; init; }

    public required LogBase LogBase { get; init; }

    public required IReadOnlyList<ConditionSimilarity> Conditions { get; init; }
}
