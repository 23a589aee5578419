using ValueAtlas.Core.Llm;

namespace ValueAtlas.Cli.Commands;

/// <summary>A gateway and the cache file it owns, opened together and closed together.</summary>
public sealed class GatewayScope : IDisposable
{
    private readonly ResponseCache? _cache;

    private GatewayScope(LlmGateway gateway, ResponseCache? cache)
    {
        Gateway = gateway;
        _cache = cache;
    }

    public LlmGateway Gateway { get; }

    public static GatewayScope Open(SelectedModel selected, Func<string, string?> environment)
    {
        if (selected.Config.ApiKeyEnv is { Length: > 0 } variable && string.IsNullOrEmpty(environment(variable)))
        {
            throw new UsageException($"the API key variable {variable} is not set: export {variable}=... (or drop --api-key-env for a local endpoint that needs no key)");
        }

        var cache = selected.CachePath is { } path ? ResponseCache.Open(path) : null;
        var gateway = LlmGateway.Create(selected.Name, selected.Config, new GatewayOptions { Cache = cache, Environment = environment });
        return new GatewayScope(gateway, cache);
    }

    public void Dispose()
    {
        Gateway.Dispose();
        _cache?.Dispose();
    }
}
