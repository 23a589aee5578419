namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One condition's similarity to every country: per shared question the value, per country the mean and BCa interval
/// (seeded from the seed, the condition's label and the country), the rank (1 + countries strictly above), most
/// similar first, then by code. Countries are scored in parallel, each into its own slot.
/// </summary>
internal static class CountrySimilarities
{
    public static ConditionSimilarity For(
        AnswerCondition? condition,
        Dictionary<string, SurveyDistribution> modelQuestions,
        List<string?> countryOrder,
        Dictionary<NullableKey<string>, Dictionary<string, SurveyDistribution>> countries,
        SimilarityOptions options)
    {
        var questionIds = new List<string>(modelQuestions.Keys);
        questionIds.Sort(StringComparer.Ordinal);
        var scored = new CountrySimilarity?[countryOrder.Count];
        var skipped = new int[countryOrder.Count];
        Parallel.For(0, countryOrder.Count, c =>
        {
            var country = countryOrder[c];
            var humanQuestions = countries[new NullableKey<string>(country)];
            var values = new List<QuestionValue>();
            foreach (var id in questionIds)
            {
                if (!humanQuestions.TryGetValue(id, out var humanSide))
                {
                    continue;
                }

                if (QuestionComparison.Value(modelQuestions[id].Options, humanSide.Options, options.Measure, options.LogBase) is { } value)
                {
                    values.Add(new QuestionValue(id, value));
                }
                else
                {
                    skipped[c]++;
                }
            }

            scored[c] = values.Count == 0 ? null : Score(condition, country, values, options);
        });

        return new ConditionSimilarity { Condition = condition, Countries = Ranked(scored), SkippedQuestions = skipped.Sum() };
    }

    private static CountrySimilarity Score(AnswerCondition? condition, string? country, List<QuestionValue> values, SimilarityOptions options)
    {
        var x = new double[values.Count];
        double sum = 0;
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = values[i].Value;
            sum += x[i];
        }

        var seed = StableSeed.Of(options.Seed, condition?.Label ?? "", country ?? "");
        return new CountrySimilarity
        {
            Country = country,
            Mean = sum / x.Length,
            Ci95 = BcaBootstrap.MeanInterval(x, options.Resamples, options.Confidence, seed),
            Rank = 0,
            Questions = values,
        };
    }

    private static List<CountrySimilarity> Ranked(CountrySimilarity?[] scored)
    {
        var present = new List<CountrySimilarity>(scored.Length);
        foreach (var s in scored)
        {
            if (s is not null)
            {
                present.Add(s);
            }
        }

        present.Sort(static (a, b) => b.Mean != a.Mean ? b.Mean.CompareTo(a.Mean) : string.CompareOrdinal(a.Country, b.Country));
        var ranked = new List<CountrySimilarity>(present.Count);
        for (var i = 0; i < present.Count; i++)
        {
            // Sorted descending: the countries strictly above are those before the first with an equal mean.
            var first = i;
            while (first > 0 && present[first - 1].Mean == present[i].Mean)
            {
                first--;
            }

            ranked.Add(present[i] with { Rank = first + 1 });
        }

        return ranked;
    }
}
