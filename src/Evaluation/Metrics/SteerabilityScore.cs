namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// How one Schwartz value steers a model under one condition (prompt kind pvq). For each portrait, s* is the stance
/// most likely with no value named, and a steering's distance is p(s* | none) − p(s* | steering). The value's
/// <see cref="Rank"/> is the place (0..11) of its own mean distance over its portraits among the mean distances of
/// all twelve steerings (eleven values and the bare word "value") over the same portraits, smallest first.
/// </summary>
public sealed record SteerabilityScore
{
    public required AnswerCondition Condition { get; init; }

    public required string Value { get; init; }

    public required int Portraits { get; init; }

    public required int Rank { get; init; }

    /// <summary>Each steering's mean distance over this value's portraits, steering id → mean.</summary>
    public required IReadOnlyDictionary<string, double> MeanDistances { get; init; }
}
