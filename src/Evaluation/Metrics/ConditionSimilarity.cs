namespace ValueAtlas.Evaluation.Metrics;

public sealed record ConditionSimilarity
{
    /// <summary>Null when the model table has no model column (one unnamed condition).</summary>
    public required AnswerCondition? Condition { get; init; }

    /// <summary>Most similar first.</summary>
    public required IReadOnlyList<CountrySimilarity> Countries { get; init; }

    /// <summary>Shared questions left out: no option in common, or (Wasserstein) not ordinal.</summary>
    public required int SkippedQuestions { get; init; }
}
