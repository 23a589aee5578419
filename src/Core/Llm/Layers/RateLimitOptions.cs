namespace ValueAtlas.Core.Llm.Layers;

/// <summary>Requests per minute the endpoint allows, counted per attempt.</summary>
public sealed record RateLimitOptions(int RequestsPerMinute, TimeProvider Time);
