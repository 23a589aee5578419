using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm.Layers;

/// <summary>
/// The gateway never streams from an endpoint (every answer is cached whole), so a streaming caller (a Semantic Kernel
/// app, say) gets one update holding the whole answer, and its call goes through every layer below like any other.
/// Without this, <see cref="DelegatingChatClient"/> would pass streaming calls straight past the cache and accounting.
/// </summary>
internal sealed class WholeAnswerStreamingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
