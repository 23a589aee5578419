namespace ValueAtlas.Evaluation.Run;

/// <summary>Everything one probe put to one model produced: its queries, their per-option probabilities and the averaged distribution.</summary>
public sealed record ProbeOutcome(
    IReadOnlyList<AnswerRow> Answers,
    IReadOnlyList<AnswerOptionRow> AnswerOptions,
    IReadOnlyList<DistributionRow> Distribution);
