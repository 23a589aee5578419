namespace ValueAtlas.Core.Llm.Layers;

/// <summary>How long one attempt may take before it counts as a (transient) timeout.</summary>
public sealed record AttemptTimeoutOptions(TimeSpan Timeout, TimeProvider Time);
