namespace ValueAtlas.Evaluation.Run;

/// <summary>One run's input in evaluate.json: how many probes it gave and what was skipped, by reason.</summary>
public sealed record RunInputSummary
{
    public required string Run { get; init; }

    public required string Kind { get; init; }

    public required string Input { get; init; }

    /// <summary>Lowercase hex SHA-256 of the input file (items.jsonl) or of the questions and options tables.</summary>
    public required string InputSha256 { get; init; }

    public required int Probes { get; init; }

    public required IReadOnlyDictionary<string, int> SkippedByReason { get; init; }

    /// <summary>The first skipped ids per reason (at most five each), to find them in the input.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> SkippedExamples { get; init; }
}
