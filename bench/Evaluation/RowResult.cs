namespace ValueAtlas.Bench.Evaluation;

/// <summary>One measured evaluation run: what was asked, how long it took, what it cost the process, what was sent.</summary>
internal sealed record RowResult(
    string Name,
    long Queries,
    TimeSpan Wall,
    TimeSpan Cpu,
    long PeakWorkingSet,
    long Failed,
    long WithoutDistribution,
    long CacheHits,
    IReadOnlyList<int> RequestsPerServer);
