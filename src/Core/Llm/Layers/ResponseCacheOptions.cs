namespace ValueAtlas.Core.Llm.Layers;

/// <summary>The cache file and the parts of the cache key that come from the model entry rather than from the call.</summary>
/// <param name="Cache">The cache file.</param>
/// <param name="Provider">The model entry's provider.</param>
/// <param name="EndpointIdentity">
/// What the key names as the endpoint: the one URL (<see cref="CacheKey.EndpointIdentity"/>), or <see cref="CacheKey.Replicas"/>
/// for a model with replicas, whose answers are the model's whichever replica gave them.
/// </param>
/// <param name="Model">The model id.</param>
public sealed record ResponseCacheOptions(ResponseCache Cache, string Provider, string EndpointIdentity, string Model)
{
    /// <summary>A model served at one URL; its keys are the ones caches written before replicas existed hold.</summary>
    public ResponseCacheOptions(ResponseCache cache, string provider, Uri endpoint, string model)
        : this(cache, provider, CacheKey.EndpointIdentity(endpoint), model)
    {
    }

    /// <summary>A model with replicas: the key names the model, not the replica, so any replica's answer is reused.</summary>
    public static ResponseCacheOptions ForReplicas(ResponseCache cache, string provider, string model) =>
        new(cache, provider, CacheKey.Replicas, model);
}
