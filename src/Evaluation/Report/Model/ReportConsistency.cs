using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>
/// The four inconsistency measures computed three times over the same answers, once per breakdown the report shows:
/// per model, per model and controversial, per model and topic.
/// </summary>
public sealed record ReportConsistency
{
    /// <summary>Broken down by <see cref="Dimensions.Model"/>.</summary>
    public required ConsistencyReport ByModel { get; init; }

    /// <summary>Broken down by <see cref="Dimensions.Model"/> and <see cref="Dimensions.Controversial"/>.</summary>
    public required ConsistencyReport ByModelAndControversial { get; init; }

    /// <summary>Broken down by <see cref="Dimensions.Model"/> and <see cref="Dimensions.Topic"/> (the English topic name).</summary>
    public required ConsistencyReport ByModelAndTopic { get; init; }

    /// <summary>Drawn beside the measures: two options 0.4645, three 0.5641 (natural log).</summary>
    public required IReadOnlyList<RandomBound> RandomBounds { get; init; }

    /// <summary>The options the three were computed with (By aside).</summary>
    public required ConsistencyOptions Options { get; init; }

    public static IReadOnlyList<IReadOnlyList<string>> Breakdowns { get; } =
    [
        [Dimensions.Model],
        [Dimensions.Model, Dimensions.Controversial],
        [Dimensions.Model, Dimensions.Topic],
    ];
}
