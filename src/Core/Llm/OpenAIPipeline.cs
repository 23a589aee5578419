using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace ValueAtlas.Core.Llm;

/// <summary>OpenAI SDK settings for the chat client and the completions client: our HTTP client, and no SDK retries or timeouts (the gateway owns both).</summary>
internal static class OpenAIPipeline
{
    public static OpenAIClientOptions Options(Uri endpoint, HttpClient http) => new()
    {
        Endpoint = endpoint,
        Transport = new HttpClientPipelineTransport(http),
        RetryPolicy = new ClientRetryPolicy(0),
        NetworkTimeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Local servers take any key; the SDK refuses an empty one.</summary>
    public static ApiKeyCredential Credential(string? apiKey) => new(string.IsNullOrEmpty(apiKey) ? "none" : apiKey);
}
