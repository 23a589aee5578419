namespace ValueAtlas.Evaluation.Metrics;

/// <summary>Nielsen's CCCP iteration for a group's Jensen-Shannon centroid did not settle (as the reference, an error, not a guess).</summary>
public sealed class CentroidNotConvergedException(string group, int steps)
    : Exception($"the Jensen-Shannon centroid of group {group} did not converge in {steps} steps")
{
    public string Group { get; } = group;
}
