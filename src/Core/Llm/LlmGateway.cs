using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// The one way to a model. Layers, outermost first: accounting → cache → concurrency limit → retry → rate limit →
/// per-attempt timeout → provider adapter. The cache sits outside the limits so a hit never waits for a slot.
/// </summary>
public sealed class LlmGateway : IDisposable
{
    private LlmGateway(string name, ModelConfig config, IChatClient client, UsageLedger ledger, int maxReasks)
    {
        Name = name;
        Config = config;
        Client = client;
        Ledger = ledger;
        Structured = new StructuredAsk(client, maxReasks, config.JsonSchema && config.Provider == ProviderNames.OpenAI);
    }

    public string Name { get; }

    public ModelConfig Config { get; }

    public IChatClient Client { get; }

    public UsageLedger Ledger { get; }

    public StructuredAsk Structured { get; }

    /// <summary>
    /// Builds the gateway for one configured model. The key is read here, from the variable the config names, and kept
    /// only in the adapter. A named variable that is not set is a <see cref="ConfigException"/> naming the YAML path.
    /// </summary>
    public static LlmGateway Create(string name, ModelConfig config, GatewayOptions options)
    {
        var endpoint = new Uri(config.Endpoint);
        var key = ApiKeys.Resolve(config, options.Environment);
        SecretRedactor.Register(key);
        IChatClient adapter = config.Provider switch
        {
            ProviderNames.OpenAI => new OpenAIChatAdapter(endpoint, config.Model, key, options.Time),
            ProviderNames.OpenAICompletions => new CompletionsChatAdapter(endpoint, config.Model, key, options.Time),
            ProviderNames.Anthropic => new AnthropicChatAdapter(endpoint, config.Model, key, options.Time),
            _ => throw new ArgumentException($"unknown provider '{config.Provider}' (expected one of {string.Join(", ", ProviderNames.All)})", nameof(config)),
        };

        IChatClient client = new TimeoutChatClient(adapter, TimeSpan.FromSeconds(config.TimeoutSeconds), options.Time);
        if (config.RequestsPerMinute is { } rpm)
        {
            client = new RateLimitingChatClient(client, new RequestRateLimiter(rpm, options.Time));
        }

        var retry = new RetryPolicy(config.MaxAttempts, options.RetryBaseDelay, options.RetryMaxDelay, new Random(options.Seed))
        {
            MaxRetryAfter = options.MaxRetryAfter,
        };
        client = new RetryingChatClient(client, name, retry, options.Time);
        client = new ConcurrencyLimitingChatClient(client, config.MaxConcurrency);
        if (options.Cache is { } cache)
        {
            client = new CachingChatClient(client, cache, config.Provider, endpoint, config.Model);
        }

        client = new AccountingChatClient(client, name, config.Price, options.Ledger, options.Time);
        return new LlmGateway(name, config, client, options.Ledger, options.MaxReasks);
    }

    /// <summary>Disposing the outermost layer disposes every layer below it, the adapter's HTTP client last.</summary>
    public void Dispose() => Client.Dispose();
}
