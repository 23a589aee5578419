namespace ValueAtlas.Core.Llm.Replicas;

/// <summary>When a replica that keeps failing is rested, and for how long.</summary>
/// <param name="Time">The gateway's clock: a rest ends by it, so tests move it by hand.</param>
public sealed record ReplicaOptions(TimeProvider Time)
{
    /// <summary>Consecutive transient failures (5xx, resets, timeouts, 429, unreadable answers) after which a replica is rested.</summary>
    public int FailuresBeforeRest { get; init; } = 3;

    /// <summary>How long a rested replica gets no calls while another one is available.</summary>
    public TimeSpan RestPeriod { get; init; } = TimeSpan.FromSeconds(30);
}
