using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Outermost layer: prices the call from the configured rates, times it, and books it in the ledger.</summary>
internal sealed class AccountingChatClient(IChatClient inner, AccountingOptions accounting) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = accounting.Time.GetTimestamp();
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var info = response.GetCallInfo();
        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        info = info with
        {
            InputTokens = input,
            OutputTokens = output,
            Cost = info.Cached ? 0 : accounting.Price.CostOf(input, output),
            LatencyMs = accounting.Time.GetElapsedTime(started).TotalMilliseconds,
        };
        response.SetCallInfo(info);
        accounting.Ledger.Record(accounting.Model, info);
        return response;
    }
}
