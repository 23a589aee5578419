namespace ValueAtlas.Evaluation.Metrics;

/// <summary>PVQ-21 steerability (see <see cref="SteerabilityScore"/>) over the pvq rows of a distributions table. Pure: no I/O.</summary>
public static class Steerability
{
    public static SteerabilityReport Compute(IReadOnlyList<AnswerDistribution> answers) =>
        throw new NotImplementedException();
}
