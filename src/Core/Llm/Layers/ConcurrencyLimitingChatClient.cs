using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>
/// At most N calls in flight per model. A call keeps its slot through its retries, so when the server says
/// "slow down" the whole model slows down instead of others taking the freed slot.
/// </summary>
internal sealed class ConcurrencyLimitingChatClient(IChatClient inner, ConcurrencyLimitOptions limit) : DelegatingChatClient(inner)
{
    private readonly SemaphoreSlim _slots = new(limit.MaxConcurrency, limit.MaxConcurrency);

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _slots.Dispose();
        }

        base.Dispose(disposing);
    }
}
