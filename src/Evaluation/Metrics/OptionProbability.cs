namespace ValueAtlas.Evaluation.Metrics;

/// <summary>One option of an <see cref="AnswerDistribution"/>: its index in the source, stance (items) or code (surveys), and probability.</summary>
public sealed record OptionProbability(int Index, string? Code, string? Stance, double Probability);
