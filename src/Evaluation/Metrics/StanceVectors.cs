namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// A group's members in its stance space: the stances present among the members' options, ordinal order (neutral,
/// opposes, supports), each member's probabilities summed by stance, + <see cref="Epsilon"/> per entry, not renormalised.
/// </summary>
internal static class StanceVectors
{
    public const double Epsilon = 1e-10;

    /// <returns>members.Length × k, row-major.</returns>
    public static double[] Of(IReadOnlyList<AnswerDistribution> answers, int[] members, out int k)
    {
        var space = new List<string>(3);
        foreach (var member in members)
        {
            foreach (var option in answers[member].Options)
            {
                if (option.Stance is { } stance && !space.Contains(stance))
                {
                    space.Add(stance);
                }
            }
        }

        space.Sort(StringComparer.Ordinal);
        k = space.Count;
        var vectors = new double[members.Length * k];
        for (var i = 0; i < members.Length; i++)
        {
            foreach (var option in answers[members[i]].Options)
            {
                if (option.Stance is { } stance)
                {
                    vectors[i * k + space.IndexOf(stance)] += option.Probability;
                }
            }

            for (var j = 0; j < k; j++)
            {
                vectors[i * k + j] += Epsilon;
            }
        }

        return vectors;
    }
}
