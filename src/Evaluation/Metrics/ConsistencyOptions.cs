namespace ValueAtlas.Evaluation.Metrics;

public sealed record ConsistencyOptions
{
    /// <summary>
    /// The breakdown dimensions (<see cref="Dimensions"/>): each measure is also reported per combination of their
    /// values. Empty: the overall score only.
    /// </summary>
    public IReadOnlyList<string> By { get; init; } = [Dimensions.Model, Dimensions.PromptKind];

    public LogBase LogBase { get; init; } = LogBase.E;

    public int Resamples { get; init; } = 9_999;

    public int Seed { get; init; }

    public double Confidence { get; init; } = 0.95;
}
