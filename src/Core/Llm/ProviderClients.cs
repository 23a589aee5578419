using Anthropic;
using Anthropic.Core;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using OaiChatClient = OpenAI.Chat.ChatClient;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// The innermost part of every gateway: the provider's <see cref="IChatClient"/>. Chat endpoints use the SDKs' own
/// (M.E.AI's <c>AsIChatClient</c> over the OpenAI SDK, the Anthropic SDK's <c>AsIChatClient</c>); base models on
/// <c>/v1/completions</c> have no SDK client, so that one is ours. Every SDK gets our HTTP client with its own
/// retries and timeouts off: the gateway's layers own both.
/// </summary>
internal static class ProviderClients
{
    /// <summary>What Anthropic requires when a call sets no limit of its own.</summary>
    public const int AnthropicDefaultMaxTokens = 1024;

    public static IChatClient Create(ModelConfig config, Uri endpoint, string? key, TimeProvider time) => config.Provider switch
    {
        ProviderNames.OpenAI => OpenAIChat(config.Model, endpoint, key, time),
        ProviderNames.OpenAICompletions => new CompletionsChatAdapter(endpoint, config.Model, key, time),
        ProviderNames.Anthropic => AnthropicMessages(config.Model, endpoint, key, time),
        _ => throw new ArgumentException($"unknown provider '{config.Provider}' (expected one of {string.Join(", ", ProviderNames.All)})", nameof(config)),
    };

    private static IChatClient OpenAIChat(string model, Uri endpoint, string? key, TimeProvider time)
    {
        var http = HttpTransport.Create();
        var sdk = new OaiChatClient(model, OpenAIPipeline.Credential(key), OpenAIPipeline.Options(endpoint, http)).AsIChatClient();
        return new EndpointErrorsChatClient(new OpenAIWireChatClient(sdk), http, time);
    }

    private static IChatClient AnthropicMessages(string model, Uri endpoint, string? key, TimeProvider time)
    {
        var http = HttpTransport.Create();
        var sdk = new AnthropicClient(new ClientOptions
        {
            BaseUrl = endpoint.ToString().TrimEnd('/'),
            ApiKey = string.IsNullOrEmpty(key) ? "none" : key,
            HttpClient = http,
            MaxRetries = 0,
            Timeout = Timeout.InfiniteTimeSpan,
        }).AsIChatClient(model, AnthropicDefaultMaxTokens);
        return new EndpointErrorsChatClient(sdk, http, time);
    }
}
