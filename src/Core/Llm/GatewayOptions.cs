namespace ValueAtlas.Core.Llm;

/// <summary>What a run shares across its gateways: clock, seeded randomness, cache and ledger.</summary>
public sealed record GatewayOptions
{
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Seeds the retry jitter so a run's timing decisions are reproducible.</summary>
    public int Seed { get; init; } = 20240601;

    /// <summary>Null turns caching off.</summary>
    public ResponseCache? Cache { get; init; }

    public UsageLedger Ledger { get; init; } = new();

    /// <summary>Reads API keys; tests pass their own instead of touching the process environment.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Consecutive transient failures after which a replica of a model with <c>endpoints:</c> is rested.</summary>
    public int ReplicaFailuresBeforeRest { get; init; } = 3;

    /// <summary>How long a rested replica gets no calls while another replica of its model is available.</summary>
    public TimeSpan ReplicaRestPeriod { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How many times a structured answer that fails to parse or validate is asked for again.</summary>
    public int MaxReasks { get; init; } = 2;
}
