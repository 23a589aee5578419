using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Metrics;

/// <summary>PVQ-21 steerability (see <see cref="SteerabilityScore"/>) over the pvq rows of a distributions table. Pure: no I/O.</summary>
public static class Steerability
{
    /// <summary>The stances s* is chosen among, in the order that breaks ties.</summary>
    private static readonly string[] StanceOrder = ["supports", "opposes", "neutral"];

    public static SteerabilityReport Compute(IReadOnlyList<AnswerDistribution> answers)
    {
        // condition → portrait (item id) → steering ("" for none) → answer; the first answer of a key wins.
        var conditions = new Dictionary<AnswerCondition, Dictionary<string, Dictionary<string, AnswerDistribution>>>();
        foreach (var answer in answers)
        {
            if (answer.PromptKind != PromptKinds.Pvq)
            {
                continue;
            }

            var condition = new AnswerCondition(answer.Model, answer.PromptKind, answer.Language, answer.PromptCountry, answer.Persona);
            if (!conditions.TryGetValue(condition, out var portraits))
            {
                portraits = new Dictionary<string, Dictionary<string, AnswerDistribution>>(StringComparer.Ordinal);
                conditions[condition] = portraits;
            }

            if (!portraits.TryGetValue(answer.ItemId, out var steerings))
            {
                steerings = new Dictionary<string, AnswerDistribution>(StringComparer.Ordinal);
                portraits[answer.ItemId] = steerings;
            }

            steerings.TryAdd(answer.SteerValue ?? "", answer);
        }

        var scores = new List<SteerabilityScore>();
        var skipped = 0;
        foreach (var (condition, portraits) in conditions.OrderBy(c => c.Key.Model, StringComparer.Ordinal)
                     .ThenBy(c => c.Key.Language, StringComparer.Ordinal)
                     .ThenBy(c => c.Key.PromptCountry, StringComparer.Ordinal)
                     .ThenBy(c => c.Key.Persona, StringComparer.Ordinal))
        {
            scores.AddRange(SteerabilityRanks.Of(condition, portraits, StanceOrder, out var skippedHere));
            skipped += skippedHere;
        }

        return new SteerabilityReport { Scores = scores, SkippedPortraits = skipped };
    }
}
