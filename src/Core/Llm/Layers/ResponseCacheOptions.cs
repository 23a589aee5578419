namespace ValueAtlas.Core.Llm.Layers;

/// <summary>The cache file and the parts of the cache key that come from the model entry rather than from the call.</summary>
public sealed record ResponseCacheOptions(ResponseCache Cache, string Provider, Uri Endpoint, string Model);
