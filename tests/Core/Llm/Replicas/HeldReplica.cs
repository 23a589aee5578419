using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Core.Tests.Llm.Replicas;

/// <summary>
/// A replica's client whose attempts wait until the test answers or fails them, so "how many are in flight where" is
/// exact without any timing. With <see cref="Reply"/> set, attempts are settled at once instead.
/// </summary>
internal sealed class HeldReplica(string name) : IChatClient
{
    private readonly Lock _gate = new();
    private readonly List<TaskCompletionSource<ChatResponse>> _held = [];
    private int _calls;

    public string Name { get; } = name;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Settles each attempt at once: returns the answer or throws the failure.</summary>
    public Func<ChatResponse>? Reply { get; set; }

    public int HeldCount
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    public static HeldReplica Answering(string name) => new HeldReplica(name).AnswerAll();

    public static HeldReplica Failing(string name, LlmFailureKind kind = LlmFailureKind.ServerError) => new HeldReplica(name).FailAll(kind);

    public HeldReplica AnswerAll()
    {
        Reply = () => Answer(Name);
        return this;
    }

    public HeldReplica FailAll(LlmFailureKind kind = LlmFailureKind.ServerError)
    {
        Reply = () => throw new LlmEndpointException(kind, $"{Name} is down", kind == LlmFailureKind.ServerError ? 503 : null);
        return this;
    }

    /// <summary>From now on attempts wait for <see cref="AnswerOldest"/> or <see cref="FailOldest"/>.</summary>
    public void HoldAll() => Reply = null;

    public static ChatResponse Answer(string text) => new(new ChatMessage(ChatRole.Assistant, text));

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        if (Reply is { } reply)
        {
            try
            {
                return Task.FromResult(reply());
            }
            catch (LlmEndpointException e)
            {
                return Task.FromException<ChatResponse>(e);
            }
        }

        var pending = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _held.Add(pending);
        }

        return pending.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Answers the oldest held attempt with this replica's name.</summary>
    public void AnswerOldest() => TakeOldest().SetResult(Answer(Name));

    public void FailOldest(LlmFailureKind kind) => TakeOldest().SetException(new LlmEndpointException(kind, $"{Name} failed"));

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("the gateway never streams below its outermost layer");

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    private TaskCompletionSource<ChatResponse> TakeOldest()
    {
        lock (_gate)
        {
            var oldest = _held[0];
            _held.RemoveAt(0);
            return oldest;
        }
    }
}
