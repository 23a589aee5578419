namespace ValueAtlas.Core.Llm;

/// <summary>
/// What one gateway call cost and how it went. Cached answers report zero attempts and zero cost:
/// nothing was sent and nothing was paid this time.
/// </summary>
public sealed record CallInfo
{
    public bool Cached { get; init; }

    public int Attempts { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public decimal Cost { get; init; }

    public double LatencyMs { get; init; }

    /// <summary>When the answer was first received (from the cache on a hit); null without a cache.</summary>
    public DateTimeOffset? AnsweredAt { get; init; }
}
