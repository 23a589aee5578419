namespace ValueAtlas.Core.Llm.Replicas;

/// <summary>
/// The per-replica counts of a model written with <c>endpoints:</c>, read live. Reached through the gateway's client
/// (<c>gateway.Client.GetService&lt;ReplicaStats&gt;()</c>, or <c>LlmGateway.Replicas</c>); a single-endpoint model has none.
/// </summary>
public sealed class ReplicaStats
{
    private readonly Func<IReadOnlyList<ReplicaCounts>> _read;

    internal ReplicaStats(Func<IReadOnlyList<ReplicaCounts>> read) => _read = read;

    /// <summary>One entry per replica, in the order the config lists them.</summary>
    public IReadOnlyList<ReplicaCounts> Snapshot() => _read();
}
