namespace ValueAtlas.Evaluation.Run;

/// <summary>One line of a dry run: what a model would be asked for one run, and roughly what it would cost.</summary>
public sealed record PlannedCalls(string Model, string Run, string Kind, string Method, int Probes, long Queries, long Calls, long InputTokens, long OutputTokens, decimal Cost);
