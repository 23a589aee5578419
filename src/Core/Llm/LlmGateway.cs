using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm.Layers;
using ValueAtlas.Core.Llm.Replicas;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// The one way to a model: the provider's <see cref="IChatClient"/> wrapped by <see cref="ChatClientBuilder"/> in the
/// gateway's layers (see <see cref="Create"/>); for a model with replicas, one provider client per replica under the replica
/// layer. The cache sits outside the limits so a hit never waits for a slot.
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

    /// <summary>The per-replica counts of a model written with <c>endpoints:</c>; null for a model with one endpoint.</summary>
    public ReplicaStats? Replicas => Client.GetService<ReplicaStats>();

    /// <summary>
    /// Builds the gateway for one configured model. The key is read here, from the variable the config names, and kept
    /// only in the provider client (one variable for all replicas). A named variable that is not set is a
    /// <see cref="ConfigException"/> naming the YAML path.
    /// </summary>
    public static LlmGateway Create(string name, ModelConfig config, GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        var key = ApiKeys.Resolve(config, options.Environment);
        SecretRedactor.Register(key);
        var timeout = new AttemptTimeoutOptions(TimeSpan.FromSeconds(config.TimeoutSeconds), options.Time);
        var retry = new RetryPolicy(config.MaxAttempts, options.RetryBaseDelay, options.RetryMaxDelay, new Random(options.Seed))
        {
            MaxRetryAfter = options.MaxRetryAfter,
        };

        // The layers, outermost first: the order the README documents, and the only place it is written. Replicas keep
        // the attempt timeout each, inside the replica layer, so a replica that hangs is seen failing and rested.
        var client = Innermost(config, key, timeout, options).AsBuilder()
            .UseWholeAnswerStreaming()
            .UseAccounting(new AccountingOptions(name, config.Price, options.Ledger, options.Time))
            .UseResponseCache(options.Cache is { } cache ? CacheOptions(cache, config) : null)
            .UseConcurrencyLimit(new ConcurrencyLimitOptions(config.MaxConcurrency))
            .UseRetry(new RetryOptions(name, retry, options.Time))
            .UseRateLimit(config.RequestsPerMinute is { } rpm ? new RateLimitOptions(rpm, options.Time) : null)
            .UseAttemptTimeout(config.HasReplicas ? null : timeout)
            .Build();
        return new LlmGateway(name, config, client, options.Ledger, options.MaxReasks);
    }

    /// <summary>
    /// This gateway as a Semantic Kernel chat service, so a Kernel's prompt functions go through the same cache, limits,
    /// retries and accounting as the pipeline's own calls.
    /// </summary>
    public IChatCompletionService AsChatCompletionService() => Client.AsChatCompletionService();

    /// <summary>The provider's client for the one endpoint, or the replica layer over one provider client (with its attempt timeout) per replica.</summary>
    private static IChatClient Innermost(ModelConfig config, string? key, AttemptTimeoutOptions timeout, GatewayOptions options)
    {
        if (!config.HasReplicas)
        {
            return ProviderClients.Create(config, new Uri(config.Endpoint), key, options.Time);
        }

        var replicas = config.AllEndpoints
            .Select(url => new Uri(url))
            .Select(uri => (uri, ProviderClients.Create(config, uri, key, options.Time).AsBuilder().UseAttemptTimeout(timeout).Build()))
            .ToList();
        return new ReplicaChatClient(replicas, new ReplicaOptions(options.Time)
        {
            FailuresBeforeRest = options.ReplicaFailuresBeforeRest,
            RestPeriod = options.ReplicaRestPeriod,
        });
    }

    /// <summary>
    /// A model with one endpoint keeps the key it always had (its URL in it), so existing cache files keep answering. A model
    /// with replicas is keyed by the model alone: replicas serve the same weights, so any replica's answer is the answer.
    /// </summary>
    private static ResponseCacheOptions CacheOptions(ResponseCache cache, ModelConfig config) =>
        config.HasReplicas
            ? ResponseCacheOptions.ForReplicas(cache, config.Provider, config.Model)
            : new ResponseCacheOptions(cache, config.Provider, new Uri(config.Endpoint), config.Model);

    /// <summary>Disposing the outermost layer disposes every layer below it, the provider's HTTP client last.</summary>
    public void Dispose() => Client.Dispose();
}
