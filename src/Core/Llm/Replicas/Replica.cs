using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Replicas;

/// <summary>One endpoint of a replicated model and its bookkeeping. Every field is read and written under the <see cref="ReplicaChatClient"/>'s lock.</summary>
internal sealed class Replica(int index, Uri endpoint, IChatClient client)
{
    public int Index { get; } = index;

    public Uri Endpoint { get; } = endpoint;

    public IChatClient Client { get; } = client;

    public int InFlight { get; set; }

    public long Calls { get; set; }

    public long Failures { get; set; }

    public int ConsecutiveFailures { get; set; }

    public int Rests { get; set; }

    public DateTimeOffset? RestedUntil { get; set; }

    public bool IsResting(DateTimeOffset now) => RestedUntil > now;

    /// <summary>
    /// Whether a call may go here while another replica could take it. Back from a rest without a success since, a replica
    /// takes one call at a time: if it is still down, one call (which the retry layer re-asks elsewhere) finds out, not a
    /// whole wave of them drawn by its empty queue.
    /// </summary>
    public bool Accepts(DateTimeOffset now, int failuresBeforeRest) =>
        !IsResting(now) && (ConsecutiveFailures < failuresBeforeRest || InFlight == 0);

    public ReplicaCounts Counts(DateTimeOffset now) =>
        new(Endpoint, Calls, Failures, Rests, InFlight, IsResting(now) ? RestedUntil : null);
}
