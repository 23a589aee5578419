namespace ValueAtlas.Core.Llm.Layers;

/// <summary>The model a failure is reported under, when to try again, and the clock the waits run on.</summary>
public sealed record RetryOptions(string Model, RetryPolicy Policy, TimeProvider Time);
