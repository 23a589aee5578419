namespace ValueAtlas.Evaluation.Run;

/// <summary>A finished evaluation: the three tables' rows in a stable order, and the summary evaluate.json holds.</summary>
public sealed record EvaluationResult(
    IReadOnlyList<AnswerRow> Answers,
    IReadOnlyList<AnswerOptionRow> AnswerOptions,
    IReadOnlyList<DistributionRow> Distributions,
    IReadOnlyList<SkippedRow> Skipped,
    EvaluationSummary Summary);
