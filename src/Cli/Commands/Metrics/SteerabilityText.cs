using System.Text;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>metrics steerability</c>'s text: per condition, each value's rank among the twelve steerings.</summary>
internal static class SteerabilityText
{
    /// <summary>Each condition's mean rank over its values, conditions in the report's order.</summary>
    public static IEnumerable<(AnswerCondition Condition, double MeanRank)> MeanRanks(SteerabilityReport report) =>
        report.Scores.GroupBy(s => s.Condition).Select(g => (g.Key, g.Average(s => (double)s.Rank)));

    public static string Of(SteerabilityReport report)
    {
        var text = new StringBuilder();
        text.Append("PVQ-21 steerability: distance = p(s* | no value) − p(s* | value named), s* the unsteered answer's most likely stance;\n");
        text.Append("rank = how many of the 12 steerings move the answer less than the value's own (0..11; chance 5.5)\n");
        text.Append($"{report.SkippedPortraits} portraits skipped (no unsteered answer, or a steering missing)\n");
        if (report.Scores.Count == 0)
        {
            text.Append("no pvq answers with every steering\n");
        }

        foreach (var (condition, meanRank) in MeanRanks(report))
        {
            text.Append($"\n{condition.Label}: mean rank {TextTable.Number(meanRank)}\n");
            var table = new TextTable("value", "portraits", "rank", "own mean distance");
            foreach (var score in report.Scores.Where(s => s.Condition == condition))
            {
                table.Add(score.Value, TextTable.Count(score.Portraits), TextTable.Count(score.Rank), TextTable.Number(score.MeanDistances.GetValueOrDefault(score.Value)));
            }

            text.Append(table);
        }

        return text.ToString();
    }
}
