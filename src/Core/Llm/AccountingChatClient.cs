using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Llm;

/// <summary>Outermost layer: prices the call from the configured rates, times it, and books it in the ledger.</summary>
internal sealed class AccountingChatClient(IChatClient inner, string name, ModelPrice price, UsageLedger ledger, TimeProvider time) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var response = await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        var info = response.GetCallInfo();
        var input = response.Usage?.InputTokenCount ?? 0;
        var output = response.Usage?.OutputTokenCount ?? 0;
        info = info with
        {
            InputTokens = input,
            OutputTokens = output,
            Cost = info.Cached ? 0 : price.CostOf(input, output),
            LatencyMs = time.GetElapsedTime(started).TotalMilliseconds,
        };
        response.SetCallInfo(info);
        ledger.Record(name, info);
        return response;
    }
}
