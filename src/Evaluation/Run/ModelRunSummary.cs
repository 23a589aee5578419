namespace ValueAtlas.Evaluation.Run;

/// <summary>One model × run in evaluate.json.</summary>
public sealed record ModelRunSummary
{
    public required string Model { get; init; }

    public required string Run { get; init; }

    public required string Kind { get; init; }

    /// <summary>For the judge's line: the model whose open answers it classified.</summary>
    public string? JudgeOf { get; init; }

    /// <summary>The methods the answered queries used, joined by '+': logprobs, sampling, open, judge.</summary>
    public required string Method { get; init; }

    /// <summary>Queries sampled because the endpoint answered the log-probabilities request without any.</summary>
    public required int SampledForMissingLogprobs { get; init; }

    public required int Probes { get; init; }

    public required long Queries { get; init; }

    public required long FailedQueries { get; init; }

    /// <summary>Model calls (a sampled query is N calls, plus the log-probabilities request when it came back without any).</summary>
    public required long Calls { get; init; }

    public required long CacheHits { get; init; }

    public required long InputTokens { get; init; }

    public required long OutputTokens { get; init; }

    public required decimal Cost { get; init; }

    public required UncoveredMassSummary UncoveredMass { get; init; }

    /// <summary>The first failures' messages (at most five), so a broken endpoint is visible without opening the tables.</summary>
    public required IReadOnlyList<string> FirstErrors { get; init; }
}
