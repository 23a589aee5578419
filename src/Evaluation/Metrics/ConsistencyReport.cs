namespace ValueAtlas.Evaluation.Metrics;

public sealed record ConsistencyReport
{
    public required ConsistencyMeasure Paraphrase { get; init; }

    public required ConsistencyMeasure Topic { get; init; }

    public required ConsistencyMeasure UseCase { get; init; }

    public required ConsistencyMeasure Multilingual { get; init; }

    public required LogBase LogBase { get; init; }

    /// <summary>Answers not used: other prompt kinds (goqa, pvq), steered ones, ones with no stance.</summary>
    public required int IgnoredAnswers { get; init; }
}
