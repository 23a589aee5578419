using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Replicas;

/// <summary>
/// The innermost gateway layer of a model written with <c>endpoints:</c>: one provider client per replica, each attempt sent
/// to the replica with the fewest attempts in flight (ties taken in turn, so even one-at-a-time calls alternate). A replica
/// whose attempts fail transiently <see cref="ReplicaOptions.FailuresBeforeRest"/> times in a row is rested for
/// <see cref="ReplicaOptions.RestPeriod"/>: it gets no attempt while another replica is available, and when all are resting
/// the one back soonest is used. The failure itself still goes up, so the retry layer waits and asks again, and that next
/// attempt goes to another replica. Sitting below the retry, rate and concurrency layers, it spreads attempts, not calls:
/// the model's <c>max_concurrency</c> and <c>requests_per_minute</c> stay the model's totals.
/// </summary>
internal sealed class ReplicaChatClient : IChatClient
{
    private readonly Replica[] _replicas;
    private readonly ReplicaOptions _options;
    private readonly Lock _gate = new();
    private int _turn;

    /// <param name="replicas">Each replica's base URL and its client, in the order the config lists them; the clients are owned from here on.</param>
    /// <param name="options">When to rest a replica and for how long.</param>
    public ReplicaChatClient(IReadOnlyList<(Uri Endpoint, IChatClient Client)> replicas, ReplicaOptions options)
    {
        ArgumentNullException.ThrowIfNull(replicas);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfZero(replicas.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.FailuresBeforeRest, 1);
        _replicas = [.. replicas.Select((r, i) => new Replica(i, r.Endpoint, r.Client))];
        _options = options;
        Stats = new ReplicaStats(Snapshot);
    }

    public ReplicaStats Stats { get; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var replica = Take();
        bool? answered = null;
        try
        {
            var response = await replica.Client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
            answered = true;
            return response;
        }
        // A 404 is the replica's fault, not the request's, when its siblings serve the same model: a wrong
        // --served-model-name or URL on one instance. Counted, so such a replica is rested instead of drawing calls.
        catch (LlmEndpointException failure) when (failure.IsTransient || failure.Status == 404)
        {
            answered = false;
            throw;
        }
        finally
        {
            // Any other rejected request (400, 401) or the caller's cancellation says nothing about the replica's health.
            Release(replica, answered);
        }
    }

    /// <summary>The pipeline never streams (every answer is cached whole), so streaming is one update holding the whole answer.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && serviceType == typeof(ReplicaStats))
        {
            return Stats;
        }

        // Metadata and the like are the same for every replica but the URL; the first one speaks for all.
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : _replicas[0].Client.GetService(serviceType, serviceKey);
    }

    public void Dispose()
    {
        foreach (var replica in _replicas)
        {
            replica.Client.Dispose();
        }
    }

    private Replica Take()
    {
        lock (_gate)
        {
            var now = _options.Time.GetUtcNow();
            Replica? chosen = null;
            for (var step = 0; step < _replicas.Length; step++)
            {
                var replica = _replicas[(_turn + step) % _replicas.Length];
                if (replica.Accepts(now, _options.FailuresBeforeRest) && (chosen is null || replica.InFlight < chosen.InFlight))
                {
                    chosen = replica;
                }
            }

            // Every replica resting: better to try the one back soonest than to fail a call no replica was asked.
            chosen ??= _replicas.MinBy(r => r.IsResting(now) ? r.RestedUntil : now)!;
            _turn = (chosen.Index + 1) % _replicas.Length;
            chosen.InFlight++;
            chosen.Calls++;
            return chosen;
        }
    }

    /// <param name="replica">Where the attempt went.</param>
    /// <param name="answered">True for an answer, false for a transient failure, null when the attempt says nothing about the replica.</param>
    private void Release(Replica replica, bool? answered)
    {
        lock (_gate)
        {
            replica.InFlight--;
            if (answered == true)
            {
                replica.ConsecutiveFailures = 0;
            }
            else if (answered == false)
            {
                replica.Failures++;
                replica.ConsecutiveFailures++;
                var now = _options.Time.GetUtcNow();

                // Attempts sent before the rest began may fail during it; they do not lengthen it.
                if (replica.ConsecutiveFailures >= _options.FailuresBeforeRest && !replica.IsResting(now))
                {
                    replica.RestedUntil = now + _options.RestPeriod;
                    replica.Rests++;
                }
            }
        }
    }

    private IReadOnlyList<ReplicaCounts> Snapshot()
    {
        lock (_gate)
        {
            var now = _options.Time.GetUtcNow();
            return [.. _replicas.Select(r => r.Counts(now))];
        }
    }
}
