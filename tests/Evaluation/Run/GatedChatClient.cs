using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Evaluation.Tests.Run;

/// <summary>An in-memory model whose answer may wait (on a gate the test controls); records the order items finish in.</summary>
internal sealed partial class GatedChatClient(Func<string, Task<ChatResponse>> answer) : IChatClient
{
    private readonly ConcurrentQueue<string> _finished = new();

    public List<string> FinishOrder => [.. _finished];

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var prompt = messages.Last().Text;
        var response = await answer(prompt);
        _finished.Enqueue(Item().Match(prompt).Value);
        return response;
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    [GeneratedRegex("item-[0-9]+")]
    private static partial Regex Item();
}
