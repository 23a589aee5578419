namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The inconsistency of answers that share nothing: one-hot distributions on every option (two options: 0.4645;
/// three: 0.5641, natural log). Reports show them beside the measures as the ceiling of chance.
/// </summary>
public static class RandomBounds
{
    /// <summary>The D-D distance of the <paramref name="options"/> one-hot distributions, in <paramref name="logBase"/>.</summary>
    public static double For(int options, LogBase logBase = LogBase.E)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options, 2);
        var members = new double[options * options];
        for (var i = 0; i < options; i++)
        {
            for (var j = 0; j < options; j++)
            {
                members[i * options + j] = (i == j ? 1 : 0) + StanceVectors.Epsilon;
            }
        }

        var distances = GroupInconsistency.Distances(members, options, logBase, $"one-hot × {options}");
        return distances.Average();
    }
}
