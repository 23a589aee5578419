namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The inconsistency of answers that share nothing: one-hot distributions on every option (two options: 0.4645;
/// three: 0.5641, natural log). Reports show them beside the measures as the ceiling of chance.
/// </summary>
public static class RandomBounds
{
    /// <summary>The D-D distance of the <paramref name="options"/> one-hot distributions, in <paramref name="logBase"/>.</summary>
    public static double For(int options, LogBase logBase = LogBase.E) => throw new NotImplementedException();
}
