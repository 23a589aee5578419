using ValueAtlas.Core.Config;
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
        // An unset key variable is the gateway's ConfigException (exit 2), raised before the cache is opened.
        ApiKeys.Resolve(selected.Config, environment);
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
