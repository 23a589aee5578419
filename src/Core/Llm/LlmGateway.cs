using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm.Layers;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// The one way to a model: the provider's <see cref="IChatClient"/> wrapped by <see cref="ChatClientBuilder"/> in the
/// gateway's layers (see <see cref="Create"/>). The cache sits outside the limits so a hit never waits for a slot.
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
    /// only in the provider client. A named variable that is not set is a <see cref="ConfigException"/> naming the YAML path.
    /// </summary>
    public static LlmGateway Create(string name, ModelConfig config, GatewayOptions options)
    {
        var endpoint = new Uri(config.Endpoint);
        var key = ApiKeys.Resolve(config, options.Environment);
        SecretRedactor.Register(key);
        var provider = ProviderClients.Create(config, endpoint, key, options.Time);
        var retry = new RetryPolicy(config.MaxAttempts, options.RetryBaseDelay, options.RetryMaxDelay, new Random(options.Seed))
        {
            MaxRetryAfter = options.MaxRetryAfter,
        };

        // The layers, outermost first: the order the README documents, and the only place it is written.
        var client = provider.AsBuilder()
            .UseWholeAnswerStreaming()
            .UseAccounting(new AccountingOptions(name, config.Price, options.Ledger, options.Time))
            .UseResponseCache(options.Cache is { } cache ? new ResponseCacheOptions(cache, config.Provider, endpoint, config.Model) : null)
            .UseConcurrencyLimit(new ConcurrencyLimitOptions(config.MaxConcurrency))
            .UseRetry(new RetryOptions(name, retry, options.Time))
            .UseRateLimit(config.RequestsPerMinute is { } rpm ? new RateLimitOptions(rpm, options.Time) : null)
            .UseAttemptTimeout(new AttemptTimeoutOptions(TimeSpan.FromSeconds(config.TimeoutSeconds), options.Time))
            .Build();
        return new LlmGateway(name, config, client, options.Ledger, options.MaxReasks);
    }

    /// <summary>
    /// This gateway as a Semantic Kernel chat service, so a Kernel's prompt functions go through the same cache, limits,
    /// retries and accounting as the pipeline's own calls.
    /// </summary>
    public IChatCompletionService AsChatCompletionService() => Client.AsChatCompletionService();

    /// <summary>Disposing the outermost layer disposes every layer below it, the provider's HTTP client last.</summary>
    public void Dispose() => Client.Dispose();
}
