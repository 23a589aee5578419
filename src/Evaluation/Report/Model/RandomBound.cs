namespace ValueAtlas.Evaluation.Report.Model;

/// <summary>The inconsistency of answers that share nothing, for questions with <see cref="Options"/> options: the ceiling of chance.</summary>
public sealed record RandomBound(int Options, double Value);
