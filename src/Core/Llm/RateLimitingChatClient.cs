using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>Takes a rate slot for every attempt, retries included: the provider counts each request.</summary>
internal sealed class RateLimitingChatClient(IChatClient inner, RequestRateLimiter limiter) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
    }
}
