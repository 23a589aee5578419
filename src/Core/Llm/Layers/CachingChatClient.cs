using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Answers from the cache without touching the network; stores a fresh answer before handing it back.</summary>
internal sealed class CachingChatClient(IChatClient inner, ResponseCacheOptions cache) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var key = CacheKey.Compute(cache.Provider, cache.EndpointIdentity, cache.Model, list, options);
        if (await cache.Cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            var cached = hit.ToResponse();
            cached.SetCallInfo(new CallInfo { Cached = true, AnsweredAt = hit.AnsweredAt });
            return cached;
        }

        var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
        var stored = await cache.Cache.PutAsync(key, cache.Model, CachedAnswer.From(response), cancellationToken).ConfigureAwait(false);

        // The stored answer wins over this one when they differ (an identical call finished first), so that a re-run,
        // which can only read the stored one, builds exactly what this run builds.
        var answer = stored.ToResponse();
        answer.SetCallInfo(response.GetCallInfo() with { AnsweredAt = stored.AnsweredAt });
        return answer;
    }
}
