using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Evaluation.Tests.Run;

/// <summary>An in-memory model: answers each request with what the script computes from it, and counts the calls.</summary>
internal sealed class ScriptedChatClient(Func<IReadOnlyList<ChatMessage>, ChatOptions?, ChatResponse> script) : IChatClient
{
    private int _calls;

    public int Calls => _calls;

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        var response = script([.. messages], options);
        if (response.AdditionalProperties?.ContainsKey("valueatlas.call") != true)
        {
            response.SetCallInfo(new CallInfo { InputTokens = 10, OutputTokens = 1, Attempts = 1 });
        }

        return Task.FromResult(response);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }

    /// <summary>A one-token answer whose alternatives are the given (token, probability) pairs, as a chat endpoint reports them.</summary>
    public static ChatResponse Letters(params (string Token, double Probability)[] top)
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, top[0].Token));
        response.SetLogprobs([new TokenPosition(top[0].Token, Math.Log(top[0].Probability), [.. top.Select(t => new TokenLogprob(t.Token, Math.Log(t.Probability)))])]);
        return response;
    }

    public static ChatResponse Text(string text) => new(new ChatMessage(ChatRole.Assistant, text));
}
