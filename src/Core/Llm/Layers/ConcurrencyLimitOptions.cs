namespace ValueAtlas.Core.Llm.Layers;

/// <summary>How many calls to one model may be in flight at once.</summary>
public sealed record ConcurrencyLimitOptions(int MaxConcurrency);
