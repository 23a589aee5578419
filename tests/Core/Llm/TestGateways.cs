using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

/// <summary>Gateways pointed at a loopback fake, with fast backoff and a key that only the fake environment knows.</summary>
internal static class TestGateways
{
    public const string KeyVariable = "VALUEATLAS_TEST_KEY";
    public const string Key = "sk-test-0123456789abcdef-SECRET";

    public static ModelConfig Config(FakeLlmServer server, string provider = ProviderNames.OpenAI) => new()
    {
        Provider = provider,
        Endpoint = provider == ProviderNames.Anthropic ? server.BaseUri.ToString() : server.OpenAIBase.ToString(),
        Model = "test-model",
        ApiKeyEnv = KeyVariable,
        MaxConcurrency = 8,
        MaxAttempts = 4,
        TimeoutSeconds = 10,
    };

    public static GatewayOptions Options(ResponseCache? cache = null) => new()
    {
        Cache = cache,
        Environment = name => name == KeyVariable ? Key : null,
        RetryBaseDelay = TimeSpan.FromMilliseconds(20),
        RetryMaxDelay = TimeSpan.FromMilliseconds(200),
    };

    public static LlmGateway Create(FakeLlmServer server, Func<ModelConfig, ModelConfig>? adjust = null, ResponseCache? cache = null, string provider = ProviderNames.OpenAI)
    {
        var config = Config(server, provider);
        return LlmGateway.Create("test", adjust?.Invoke(config) ?? config, Options(cache));
    }
}
