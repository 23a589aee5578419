namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One inconsistency score: the pooled mean of its members' distances to their group centroids, its confidence
/// interval (BCa bootstrap over the pooled distances), and how many groups and members it pools.
/// </summary>
public sealed record MeasureScore
{
    /// <summary>The breakdown cell (dimension → value; controversial as "true"/"false"); empty for the overall score.</summary>
    public required IReadOnlyDictionary<string, string> Keys { get; init; }

    public required double Mean { get; init; }

    public required ConfidenceInterval Ci95 { get; init; }

    public required int Groups { get; init; }

    public required int Members { get; init; }

    /// <summary>Groups of one member: they say nothing about consistency and are left out (the study's code scored them 0).</summary>
    public required int Singletons { get; init; }
}
