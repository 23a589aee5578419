using System.Text;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>metrics similarity</c>'s text: per model condition, the countries by similarity, Korea marked and its rank said.</summary>
internal static class SimilarityText
{
    public const string Korea = "KR";

    public static string MeasureName(SimilarityMeasure measure) => measure switch
    {
        SimilarityMeasure.JsDistance => "js-distance",
        SimilarityMeasure.JsDivergence => "js-divergence",
        _ => "wasserstein",
    };

    public static string Of(SimilarityReport report, SimilarityOptions options)
    {
        var text = new StringBuilder();
        var what = options.Measure switch
        {
            SimilarityMeasure.JsDistance => $"1 − Jensen-Shannon distance, log base {MetricOptions.Name(options.LogBase)}",
            SimilarityMeasure.JsDivergence => $"1 − Jensen-Shannon divergence, log base {MetricOptions.Name(options.LogBase)}",
            _ => "1 − Wasserstein distance over the option positions / (max − min position)",
        };
        text.Append($"Similarity to each country's respondents ({what}; mean over shared questions, 95% BCa CI, {options.Resamples} resamples, seed {options.Seed})\n");
        if (report.Conditions.Count == 0)
        {
            text.Append("no model distribution: the model table has no survey question\n");
        }

        foreach (var condition in report.Conditions)
        {
            text.Append($"\n{(condition.Condition?.Label is { Length: > 0 } label ? label : "model")}: {condition.Countries.Count} countries, {condition.SkippedQuestions} shared questions skipped; {KoreaRank(condition)}\n");
            var table = new TextTable("rank", "country", "mean", "ci95 low", "ci95 high", "questions", "");
            foreach (var country in condition.Countries)
            {
                table.Add(
                    TextTable.Count(country.Rank), country.Country ?? "(all)", TextTable.Number(country.Mean), TextTable.Number(country.Ci95.Low),
                    TextTable.Number(country.Ci95.High), TextTable.Count(country.Questions.Count), country.Country == Korea ? "◀ Korea" : "");
            }

            text.Append(table);
        }

        return text.ToString();
    }

    private static string KoreaRank(ConditionSimilarity condition) =>
        condition.Countries.FirstOrDefault(c => c.Country == Korea) is { } korea
            ? $"Korea (KR) ranks {korea.Rank} of {condition.Countries.Count}"
            : "Korea (KR) shares no question with it";
}
