namespace ValueAtlas.Evaluation.Run;

/// <summary>One model × run in evaluate.json.</summary>
public sealed record ModelRunSummary
{
    public required string Model { get; init; }

    public required string Run { get; init; }

    public required string Kind { get; init; }

    /// <summary>logprobs or sampling; "logprobs→sampling" when the endpoint sent no log-probabilities and the model fell back.</summary>
    public required string Method { get; init; }

    public required int Probes { get; init; }

    public required long Queries { get; init; }

    public required long FailedQueries { get; init; }

    /// <summary>Model calls (a sampled query is N calls; judge calls are counted here too).</summary>
    public required long Calls { get; init; }

    public required long CacheHits { get; init; }

    public required long InputTokens { get; init; }

    public required long OutputTokens { get; init; }

    public required decimal Cost { get; init; }

    public required UncoveredMassSummary UncoveredMass { get; init; }

    /// <summary>The first failures' messages (at most five), so a broken endpoint is visible without opening the tables.</summary>
    public required IReadOnlyList<string> FirstErrors { get; init; }
}
