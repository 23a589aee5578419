using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One condition's steerability: per portrait s* (the unsteered answer's most likely stance) and each steering's
/// distance p(s* | none) − p(s* | steering); per Schwartz value the mean distances over its portraits and the rank of
/// its own steering (how many of the twelve have a strictly smaller mean).
/// </summary>
internal static class SteerabilityRanks
{
    /// <param name="condition">The condition the portraits were asked under.</param>
    /// <param name="portraits">Item id → steering ("" for none) → answer.</param>
    /// <param name="stanceOrder">The stances s* is chosen among, tie order first.</param>
    /// <param name="skipped">Portraits without an unsteered answer, missing a steering, or of no known value.</param>
    public static List<SteerabilityScore> Of(
        AnswerCondition condition, Dictionary<string, Dictionary<string, AnswerDistribution>> portraits, string[] stanceOrder, out int skipped)
    {
        var steerings = PvqSteering.Steerings.Count - 1;
        var values = PvqSteering.Values;
        var sums = new double[values.Count, steerings];
        var counts = new int[values.Count];
        skipped = 0;
        foreach (var answersBySteering in portraits.Values)
        {
            var value = -1;
            if (answersBySteering.TryGetValue("", out var none) && none.TopicNameEn is { } name)
            {
                value = IndexOf(values, name.ToLowerInvariant());
            }

            if (value < 0 || !HasEverySteering(answersBySteering))
            {
                skipped++;
                continue;
            }

            var noneStances = StanceShares(none!, stanceOrder);
            var best = 0;
            for (var s = 1; s < noneStances.Length; s++)
            {
                best = noneStances[s] > noneStances[best] ? s : best;
            }

            for (var j = 0; j < steerings; j++)
            {
                var steered = StanceShares(answersBySteering[PvqSteering.Steerings[j + 1]!], stanceOrder);
                sums[value, j] += noneStances[best] - steered[best];
            }

            counts[value]++;
        }

        var scores = new List<SteerabilityScore>();
        for (var v = 0; v < values.Count; v++)
        {
            if (counts[v] == 0)
            {
                continue;
            }

            var means = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var j = 0; j < steerings; j++)
            {
                means[PvqSteering.Steerings[j + 1]!] = sums[v, j] / counts[v];
            }

            var own = means[values[v]];
            var rank = 0;
            foreach (var mean in means.Values)
            {
                rank += mean < own ? 1 : 0;
            }

            scores.Add(new SteerabilityScore { Condition = condition, Value = values[v], Portraits = counts[v], Rank = rank, MeanDistances = means });
        }

        return scores;
    }

    private static bool HasEverySteering(Dictionary<string, AnswerDistribution> answersBySteering)
    {
        for (var j = 1; j < PvqSteering.Steerings.Count; j++)
        {
            if (!answersBySteering.ContainsKey(PvqSteering.Steerings[j]!))
            {
                return false;
            }
        }

        return true;
    }

    private static double[] StanceShares(AnswerDistribution answer, string[] stanceOrder)
    {
        var shares = new double[stanceOrder.Length];
        foreach (var option in answer.Options)
        {
            var s = Array.IndexOf(stanceOrder, option.Stance);
            if (s >= 0)
            {
                shares[s] += option.Probability;
            }
        }

        return shares;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
