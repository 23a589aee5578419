using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Takes a rate slot for every attempt, retries included: the provider counts each request.</summary>
internal sealed class RateLimitingChatClient(IChatClient inner, RateLimitOptions rate) : DelegatingChatClient(inner)
{
    private readonly RequestRateLimiter _limiter = new(rate.RequestsPerMinute, rate.Time);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
    }
}
