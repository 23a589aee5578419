using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Bounds one attempt. A timeout becomes a transient failure the retry layer can act on; the caller's own cancellation stays a cancellation.</summary>
internal sealed class TimeoutChatClient(IChatClient inner, AttemptTimeoutOptions limit) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var deadline = new CancellationTokenSource(limit.Timeout, limit.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await base.GetResponseAsync(messages, options, linked.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new LlmEndpointException(LlmFailureKind.Timeout, $"no answer within {limit.Timeout.TotalSeconds:0.###} s", inner: e);
        }
    }
}
