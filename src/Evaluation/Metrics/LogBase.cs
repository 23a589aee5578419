namespace ValueAtlas.Evaluation.Metrics;

/// <summary>The logarithm of the Jensen-Shannon divergence: natural (the study's and SciPy's default) or base 2 (bits, range [0, 1]).</summary>
public enum LogBase
{
    E,
    Two,
}
