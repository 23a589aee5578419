using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>The pipeline never streams (every answer is cached whole), so streaming is one update holding the whole answer.</summary>
internal static class StreamingFallback
{
    public static async IAsyncEnumerable<ChatResponseUpdate> Stream(
        IChatClient client, IEnumerable<ChatMessage> messages, ChatOptions? options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var response = await client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
