using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>metrics steerability --json</c>: each value's rank per condition, and each condition's mean rank.</summary>
internal static class SteerabilityJson
{
    public static string Of(SteerabilityReport report) => MetricsJson.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("skipped_portraits", report.SkippedPortraits);
        json.WriteStartArray("scores");
        foreach (var score in report.Scores)
        {
            json.WriteStartObject();
            MetricsJson.Condition(json, score.Condition);
            json.WriteString("value", score.Value);
            json.WriteNumber("portraits", score.Portraits);
            json.WriteNumber("rank", score.Rank);
            json.WriteStartObject("mean_distances");
            foreach (var (steering, distance) in score.MeanDistances)
            {
                MetricsJson.Number(json, steering, distance);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("mean_rank");
        foreach (var (condition, meanRank) in SteerabilityText.MeanRanks(report))
        {
            json.WriteStartObject();
            MetricsJson.Condition(json, condition);
            json.WriteNumber("mean_rank", meanRank);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });
}
