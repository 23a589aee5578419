using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Retries transient failures (429, 5xx, timeouts, resets, unreadable bodies); bounded, then a typed <see cref="LlmCallException"/>.</summary>
internal sealed class RetryingChatClient(IChatClient inner, RetryOptions retry) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await base.GetResponseAsync(list, options, cancellationToken).ConfigureAwait(false);
                response.SetCallInfo(response.GetCallInfo() with { Attempts = attempt });
                return response;
            }
            catch (LlmEndpointException failure)
            {
                if (retry.Policy.DelayAfter(attempt, failure) is not { } delay)
                {
                    throw new LlmCallException(retry.Model, failure, attempt);
                }

                await Task.Delay(delay, retry.Time, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
