using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>What our own provider clients (Anthropic, /v1/completions) share: their HTTP client (probed for status and Retry-After), metadata, and no streaming.</summary>
public abstract class ChatAdapter : IChatClient
{
    private readonly ChatClientMetadata _metadata;

    protected ChatAdapter(string provider, Uri endpoint, string model, TimeProvider time)
    {
        Http = HttpTransport.Create();
        Time = time;
        _metadata = new ChatClientMetadata(provider, endpoint, model);
    }

    protected HttpClient Http { get; }

    protected TimeProvider Time { get; }

    public abstract Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>The pipeline never streams (every answer is cached whole), so streaming is one update holding the whole answer.</summary>
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(System.Type serviceType, object? serviceKey = null) =>
        serviceKey is not null ? null :
        serviceType == typeof(ChatClientMetadata) ? _metadata :
        serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Http.Dispose();
        }
    }
}
