using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>metrics similarity --json</c>: per model condition, every country's similarity, interval, rank and per-question values.</summary>
internal static class SimilarityJson
{
    public static string Of(SimilarityReport report, SimilarityOptions options) => MetricsJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("measure", SimilarityText.MeasureName(options.Measure));
        json.WriteString("log_base", MetricOptions.Name(options.LogBase));
        json.WriteNumber("resamples", options.Resamples);
        json.WriteNumber("seed", options.Seed);
        json.WriteStartArray("results");
        foreach (var condition in report.Conditions)
        {
            json.WriteStartObject();
            MetricsJson.Condition(json, condition.Condition);
            json.WriteNumber("skipped_questions", condition.SkippedQuestions);
            Countries(json, condition.Countries);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // The shape for the common case of one model condition.
        if (report.Conditions.Count == 1)
        {
            Countries(json, report.Conditions[0].Countries);
        }

        json.WriteEndObject();
    });

    private static void Countries(Utf8JsonWriter json, IReadOnlyList<CountrySimilarity> countries)
    {
        json.WriteStartArray("countries");
        foreach (var country in countries)
        {
            json.WriteStartObject();
            MetricsJson.Text(json, "country", country.Country);
            MetricsJson.Number(json, "mean", country.Mean);
            MetricsJson.Interval(json, country.Ci95);
            json.WriteNumber("rank", country.Rank);
            json.WriteStartArray("questions");
            foreach (var question in country.Questions)
            {
                json.WriteStartObject();
                json.WriteString("question_id", question.QuestionId);
                MetricsJson.Number(json, "value", question.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
