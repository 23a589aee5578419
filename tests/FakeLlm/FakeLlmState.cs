using System.Collections.Concurrent;

namespace ValueAtlas.FakeLlm;

/// <summary>Everything the endpoints share with whoever scripts them: the reply queue, the recording and the latency.</summary>
internal sealed class FakeLlmState
{
    private readonly ConcurrentQueue<FakeReply> _replies = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _arrivalLock = new();
    private long _latencyTicks;
    private long _sequence;

    public TimeSpan Latency
    {
        get => new(Volatile.Read(ref _latencyTicks));
        set => Volatile.Write(ref _latencyTicks, value.Ticks);
    }

    public Func<RecordedRequest, FakeReply?>? Responder { get; set; }

    public int RequestCount
    {
        get
        {
            lock (_arrivalLock)
            {
                return _requests.Count;
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_arrivalLock)
            {
                return _requests.ToArray();
            }
        }
    }

    public void Enqueue(FakeReply[] replies)
    {
        foreach (var reply in replies)
        {
            _replies.Enqueue(reply);
        }
    }

    /// <summary>
    /// Records the request and, when it may take one, hands it the next scripted reply.
    /// One lock for both keeps "the Nth recorded request got the Nth reply" true under concurrency.
    /// </summary>
    public FakeReply? Arrive(RecordedRequest request, bool takesReply)
    {
        FakeReply? reply = null;
        lock (_arrivalLock)
        {
            _requests.Add(request);
            if (takesReply)
            {
                _replies.TryDequeue(out reply);
            }
        }

        // The responder is test code: call it outside the lock.
        return reply ?? (takesReply ? Responder?.Invoke(request) : null);
    }

    public long NextSequence() => Interlocked.Increment(ref _sequence);
}
