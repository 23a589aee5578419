using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>metrics consistency --json</c>: the four measures, each overall and per breakdown cell.</summary>
internal static class ConsistencyJson
{
    public static string Of(ConsistencyReport report, ConsistencyOptions options) => MetricsJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteString("log_base", MetricOptions.Name(options.LogBase));
        json.WriteNumber("resamples", options.Resamples);
        json.WriteNumber("seed", options.Seed);
        json.WriteStartArray("by");
        foreach (var dimension in options.By)
        {
            json.WriteStringValue(dimension);
        }

        json.WriteEndArray();
        json.WriteNumber("ignored_answers", report.IgnoredAnswers);
        foreach (var measure in ConsistencyText.Measures(report))
        {
            json.WriteStartObject(measure.Name);
            Score(json, measure.Overall);
            json.WriteStartArray("breakdown");
            foreach (var cell in measure.Breakdown)
            {
                json.WriteStartObject();
                json.WriteStartObject("keys");
                foreach (var dimension in options.By)
                {
                    json.WriteString(dimension, cell.Keys.GetValueOrDefault(dimension, ""));
                }

                json.WriteEndObject();
                Score(json, cell);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    });

    // No group of two: nothing to score, so no mean or interval and no groups or members counted.
    private static void Score(Utf8JsonWriter json, MeasureScore? score)
    {
        MetricsJson.Number(json, "mean", score?.Mean);
        MetricsJson.Interval(json, score?.Ci95);
        json.WriteNumber("groups", score?.Groups ?? 0);
        json.WriteNumber("members", score?.Members ?? 0);
        json.WriteNumber("singletons", score?.Singletons ?? 0);
    }
}
