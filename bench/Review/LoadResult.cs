namespace ValueAtlas.Bench.Review;

internal sealed record LoadResult(TimeSpan Wall, Latencies Next, Latencies Decide, int Decisions)
{
    public double DecisionsPerSecond => Decisions / Wall.TotalSeconds;
}
