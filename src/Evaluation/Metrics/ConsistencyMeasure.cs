namespace ValueAtlas.Evaluation.Metrics;

public sealed record ConsistencyMeasure
{
    /// <summary>paraphrase, topic, use_case or multilingual.</summary>
    public required string Name { get; init; }

    /// <summary>Null when no group has two members.</summary>
    public required MeasureScore? Overall { get; init; }

    public required IReadOnlyList<MeasureScore> Breakdown { get; init; }
}
