namespace ValueAtlas.Generation.Chain;

/// <summary>One step's share of a run, for run.json.</summary>
public sealed record StepStats
{
    public long Calls { get; init; }

    public long CacheHits { get; init; }

    public long Asks { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public decimal Cost { get; init; }

    public long Answered { get; init; }

    public long Quarantined { get; init; }
}
