namespace ValueAtlas.Evaluation.Metrics;

public sealed record SteerabilityReport
{
    public required IReadOnlyList<SteerabilityScore> Scores { get; init; }

    /// <summary>Portraits left out: no unsteered answer, or a steering missing.</summary>
    public required int SkippedPortraits { get; init; }
}
