using System.Text;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>metrics consistency</c>'s text: the four measures with the random-answer bounds, then each breakdown.</summary>
internal static class ConsistencyText
{
    public static IReadOnlyList<ConsistencyMeasure> Measures(ConsistencyReport report) => [report.Paraphrase, report.Topic, report.UseCase, report.Multilingual];

    public static string Of(ConsistencyReport report, ConsistencyOptions options, string file, int answers)
    {
        var two = TextTable.Number(RandomBounds.For(2, options.LogBase));
        var three = TextTable.Number(RandomBounds.For(3, options.LogBase));
        var text = new StringBuilder();
        text.Append($"Inconsistency (D-D: JS distance of each member to its group's centroid, pooled; log base {MetricOptions.Name(options.LogBase)}; ");
        text.Append($"95% BCa CI, {options.Resamples} resamples, seed {options.Seed})\n");
        text.Append($"{file}: {answers} answers, {report.IgnoredAnswers} ignored (not mc or open, steered, or without stances)\n");
        text.Append($"0 = always the same answer; answers that share nothing score {two} (2 options) / {three} (3 options)\n\n");
        var table = new TextTable("measure", "mean", "ci95 low", "ci95 high", "groups", "members", "singletons", "random 2 / 3 options");
        foreach (var measure in Measures(report))
        {
            table.Add([measure.Name, .. Cells(measure.Overall), $"{two} / {three}"]);
        }

        text.Append(table);
        foreach (var measure in Measures(report).Where(m => options.By.Count > 0 && m.Breakdown.Count > 0))
        {
            text.Append($"\n{measure.Name} by {string.Join(", ", options.By)}\n");
            var cells = new TextTable([.. options.By, "mean", "ci95 low", "ci95 high", "groups", "members", "singletons"]);
            foreach (var cell in measure.Breakdown)
            {
                cells.Add([.. options.By.Select(d => cell.Keys.GetValueOrDefault(d) is { Length: > 0 } v ? v : "-"), .. Cells(cell)]);
            }

            text.Append(cells);
        }

        return text.ToString();
    }

    private static string[] Cells(MeasureScore? score) =>
    [
        TextTable.Number(score?.Mean), TextTable.Number(score?.Ci95.Low), TextTable.Number(score?.Ci95.High),
        TextTable.Count(score?.Groups ?? 0), TextTable.Count(score?.Members ?? 0), TextTable.Count(score?.Singletons ?? 0),
    ];
}
