using System.ClientModel;
using Microsoft.Extensions.AI;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// The layer next to the OpenAI SDK's <see cref="IChatClient"/>: turns what the SDK throws into the one
/// <see cref="LlmEndpointException"/> vocabulary the retry layer understands (status and Retry-After read by
/// <see cref="HttpProbe"/> where the SDK hides them), and owns the HTTP client the SDK was given.
/// </summary>
internal sealed class EndpointErrorsChatClient(IChatClient inner, HttpClient http, TimeProvider time) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var probe = HttpProbe.Begin(time);
        try
        {
            return await base.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ClientResultException e)
        {
            throw AdapterErrors.FromStatus(e.Status == 0 ? probe.Status : e.Status, probe.RetryAfter, e.Message, e);
        }
        catch (Exception e) when (AdapterErrors.IsTransport(e, cancellationToken))
        {
            throw AdapterErrors.FromTransport(e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            http.Dispose();
        }
    }
}
