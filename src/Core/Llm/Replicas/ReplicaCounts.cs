namespace ValueAtlas.Core.Llm.Replicas;

/// <summary>How one replica of a model has fared so far in this process, for a run's summary.</summary>
/// <param name="Endpoint">The replica's base URL.</param>
/// <param name="Calls">Attempts sent to it (a retried call counts once per attempt, at the replica that got it).</param>
/// <param name="Failures">Attempts that failed transiently (5xx, reset, timeout, 429, unreadable answer).</param>
/// <param name="Rests">How often it was rested for failing again and again.</param>
/// <param name="InFlight">Attempts it is answering right now.</param>
/// <param name="RestedUntil">When its current rest ends; null when it is not resting.</param>
public sealed record ReplicaCounts(Uri Endpoint, long Calls, long Failures, int Rests, int InFlight, DateTimeOffset? RestedUntil);
