namespace ValueAtlas.Evaluation.Metrics;

/// <summary>GlobalOpinionQA's similarity of a model's answers to each country's respondents. Pure: no I/O.</summary>
public static class Similarity
{
    /// <param name="model">The model's distributions, <see cref="SurveyDistribution.Condition"/> set (or null for one unnamed condition).</param>
    /// <param name="human">The countries' distributions, <see cref="SurveyDistribution.Country"/> set (or null for one unnamed country).</param>
    /// <param name="options">Measure, log base, resamples and seed.</param>
    public static SimilarityReport Compute(IReadOnlyList<SurveyDistribution> model, IReadOnlyList<SurveyDistribution> human, SimilarityOptions options)
    {
        var conditions = new List<ConditionSimilarity>();
        var countries = ByQuestion(human, static d => d.Country);
        var countryOrder = new List<string?>(countries.Keys.Select(k => k.Value));
        foreach (var (condition, questions) in OrderedConditions(ByQuestion(model, static d => d.Condition)))
        {
            conditions.Add(CountrySimilarities.For(condition, questions, countryOrder, countries, options));
        }

        return new SimilarityReport { Measure = options.Measure, LogBase = options.LogBase, Conditions = conditions };
    }

    /// <summary>Distributions by owner (null wrapped so it can be a key), then by question id; a repeated question keeps its first.</summary>
    private static Dictionary<NullableKey<T>, Dictionary<string, SurveyDistribution>> ByQuestion<T>(IReadOnlyList<SurveyDistribution> rows, Func<SurveyDistribution, T?> owner)
    {
        var result = new Dictionary<NullableKey<T>, Dictionary<string, SurveyDistribution>>();
        foreach (var row in rows)
        {
            var key = new NullableKey<T>(owner(row));
            if (!result.TryGetValue(key, out var questions))
            {
                questions = new Dictionary<string, SurveyDistribution>(StringComparer.Ordinal);
                result[key] = questions;
            }

            questions.TryAdd(row.QuestionId, row);
        }

        return result;
    }

    private static IEnumerable<(AnswerCondition? Condition, Dictionary<string, SurveyDistribution> Questions)> OrderedConditions(
        Dictionary<NullableKey<AnswerCondition>, Dictionary<string, SurveyDistribution>> conditions) =>
        conditions
            .OrderBy(c => c.Key.Value?.Model, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Value?.PromptKind, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Value?.Language, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Value?.PromptCountry, StringComparer.Ordinal)
            .ThenBy(c => c.Key.Value?.Persona, StringComparer.Ordinal)
            .Select(c => (c.Key.Value, c.Value));
}
