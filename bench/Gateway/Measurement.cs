namespace ValueAtlas.Bench.Gateway;

internal sealed record Measurement(TimeSpan Wall, TimeSpan Cpu);
