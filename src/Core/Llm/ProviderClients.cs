using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using OaiChatClient = OpenAI.Chat.ChatClient;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// The innermost part of every gateway: the provider's <see cref="IChatClient"/>. OpenAI-compatible chat is M.E.AI's
/// <c>AsIChatClient</c> over the OpenAI SDK. Anthropic keeps our adapter over the Anthropic SDK: the SDK's own
/// <c>AsIChatClient</c> (13.14.0) silently drops temperature and top_p (AnthropicSdkClientTests shows it). Base models on
/// <c>/v1/completions</c> have no SDK client at all. Every SDK gets our HTTP client with its own retries and timeouts
/// off: the gateway's layers own both.
/// </summary>
internal static class ProviderClients
{
    public static IChatClient Create(ModelConfig config, Uri endpoint, string? key, TimeProvider time) => config.Provider switch
    {
        ProviderNames.OpenAI => OpenAIChat(config.Model, endpoint, key, time),
        ProviderNames.OpenAICompletions => new CompletionsChatAdapter(endpoint, config.Model, key, time),
        ProviderNames.Anthropic => new AnthropicChatAdapter(endpoint, config.Model, key, time),
        _ => throw new ArgumentException($"unknown provider '{config.Provider}' (expected one of {string.Join(", ", ProviderNames.All)})", nameof(config)),
    };

    private static IChatClient OpenAIChat(string model, Uri endpoint, string? key, TimeProvider time)
    {
        var http = HttpTransport.Create();
        var sdk = new OaiChatClient(model, OpenAIPipeline.Credential(key), OpenAIPipeline.Options(endpoint, http)).AsIChatClient();
        return new EndpointErrorsChatClient(new OpenAIWireChatClient(sdk), http, time);
    }
}
