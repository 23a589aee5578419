using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Report.Sections;

namespace ValueAtlas.Evaluation.Report.Tables;

/// <summary>Every number of a <see cref="ReportData"/> as rows of the long metrics table.</summary>
public static class MetricRows
{
    public static IReadOnlyList<MetricRow> Of(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var rows = new List<MetricRow>();
        if (data.Consistency is { } consistency)
        {
            rows.AddRange(Consistency(data, consistency.ByModel, withOverall: true));
            rows.AddRange(Consistency(data, consistency.ByModelAndControversial, withOverall: false));
            rows.AddRange(Consistency(data, consistency.ByModelAndTopic, withOverall: false));
        }

        if (data.Similarity is { } similarity)
        {
            rows.AddRange(Similarity(similarity));
        }

        if (data.Steerability is { } steerability)
        {
            rows.AddRange(Steerability(steerability));
        }

        return rows;
    }

    private static IEnumerable<MetricRow> Consistency(ReportData data, ConsistencyReport report, bool withOverall)
    {
        var logBase = AnswerSection.LogBaseName(report.LogBase);
        foreach (var (measure, _) in ConsistencyMeasures.Of(report))
        {
            if (withOverall && measure.Overall is { } overall)
            {
                yield return ConsistencyRow(data, measure.Name, logBase, overall, null, null);
            }

            var byModelOnly = measure.Breakdown.All(s => s.Keys.Count == 1 && s.Keys.ContainsKey(Dimensions.Model));
            var ranked = byModelOnly ? ConsistencyMeasures.RankedByModel(measure) : [];
            foreach (var score in measure.Breakdown)
            {
                var rank = byModelOnly ? ranked.Select((r, i) => (r.Score, Rank: i + 1)).First(p => ReferenceEquals(p.Score, score)).Rank : (int?)null;
                yield return ConsistencyRow(data, measure.Name, logBase, score, rank, byModelOnly ? ranked.Count : null);
            }
        }
    }

    private static MetricRow ConsistencyRow(ReportData data, string measure, string logBase, MeasureScore score, int? rank, int? rankOf)
    {
        string? Key(string dimension) => score.Keys.TryGetValue(dimension, out var v) ? v : null;
        var topic = Key(Dimensions.Topic);
        return new MetricRow
        {
            Family = "consistency",
            Measure = measure,
            Breakdown = string.Join(',', score.Keys.Keys.Order(StringComparer.Ordinal)),
            Model = Key(Dimensions.Model),
            PromptKind = Key(Dimensions.PromptKind),
            Language = Key(Dimensions.Language),
            Country = Key(Dimensions.Country),
            Controversial = Key(Dimensions.Controversial) switch { "true" => true, "false" => false, _ => null },
            Topic = topic,
            TopicName = topic is null ? null : data.KoreanTopicNames.GetValueOrDefault(topic),
            Persona = Key(Dimensions.Persona),
            PromptCountry = Key(Dimensions.PromptCountry),
            LogBase = logBase,
            Mean = score.Mean,
            CiLow = score.Ci95.Low,
            CiHigh = score.Ci95.High,
            Groups = score.Groups,
            Members = score.Members,
            Singletons = score.Singletons,
            Rank = rank,
            RankOf = rankOf,
        };
    }

    private static IEnumerable<MetricRow> Similarity(SimilarityReport report)
    {
        var measure = MeasureName(report.Measure);
        foreach (var condition in report.Conditions)
        {
            foreach (var country in condition.Countries)
            {
                yield return new MetricRow
                {
                    Family = "similarity",
                    Measure = measure,
                    Model = condition.Condition?.Model,
                    PromptKind = condition.Condition?.PromptKind,
                    Language = condition.Condition?.Language,
                    PromptCountry = condition.Condition?.PromptCountry,
                    Persona = condition.Condition?.Persona,
                    Country = country.Country,
                    LogBase = AnswerSection.LogBaseName(report.LogBase),
                    Mean = country.Mean,
                    CiLow = country.Ci95.Low,
                    CiHigh = country.Ci95.High,
                    Members = country.Questions.Count,
                    Rank = country.Rank,
                    RankOf = condition.Countries.Count,
                };
            }
        }
    }

    /// <summary>The similarity measure as the CLI's --measure spells it.</summary>
    public static string MeasureName(SimilarityMeasure measure) => measure switch
    {
        SimilarityMeasure.JsDivergence => "js-divergence",
        SimilarityMeasure.Wasserstein => "wasserstein",
        _ => "js-distance",
    };

    private static IEnumerable<MetricRow> Steerability(SteerabilityReport report)
    {
        foreach (var condition in report.Scores.GroupBy(s => s.Condition))
        {
            foreach (var score in condition)
            {
                yield return new MetricRow
                {
                    Family = "steerability",
                    Measure = "rank",
                    Model = score.Condition.Model,
                    PromptKind = score.Condition.PromptKind,
                    Language = score.Condition.Language,
                    PromptCountry = score.Condition.PromptCountry,
                    Persona = score.Condition.Persona,
                    Value = score.Value,
                    Mean = score.MeanDistances.TryGetValue(score.Value, out var own) ? own : null,
                    Members = score.Portraits,
                    Rank = score.Rank,
                    RankOf = 11,
                };
            }

            yield return new MetricRow
            {
                Family = "steerability",
                Measure = "mean_rank",
                Model = condition.Key.Model,
                PromptKind = condition.Key.PromptKind,
                Language = condition.Key.Language,
                PromptCountry = condition.Key.PromptCountry,
                Persona = condition.Key.Persona,
                Mean = condition.Average(s => s.Rank),
                Members = condition.Count(),
            };
        }
    }
}
