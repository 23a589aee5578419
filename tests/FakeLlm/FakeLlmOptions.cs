namespace ValueAtlas.FakeLlm;

public sealed record FakeLlmOptions
{
    public TimeSpan Latency { get; init; }

    /// <summary>0 binds any free port.</summary>
    public int Port { get; init; }
}
