namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One distribution over a survey question's options: a country's respondents (<see cref="Country"/> set; null for a
/// table with no country column) or a model's answers (<see cref="Condition"/> set). Shares need not sum to 1: counts
/// are normalised, missing-value codes are left out before this.
/// </summary>
public sealed record SurveyDistribution
{
    public required string QuestionId { get; init; }

    public string? Country { get; init; }

    public AnswerCondition? Condition { get; init; }

    public required IReadOnlyList<OptionShare> Options { get; init; }
}
