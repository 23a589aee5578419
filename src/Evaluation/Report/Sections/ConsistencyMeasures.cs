using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Document;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>The four inconsistency measures in the order the study reports them, with their names for readers.</summary>
public static class ConsistencyMeasures
{
    public static IReadOnlyList<(ConsistencyMeasure Measure, BiText Name)> Of(ConsistencyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            (report.Paraphrase, new BiText("패러프레이즈 비일관성", "Paraphrase inconsistency")),
            (report.Topic, new BiText("주제 비일관성", "Topic inconsistency")),
            (report.UseCase, new BiText("용도(객관식·서술형) 비일관성", "Use-case inconsistency (multiple choice vs open)")),
            (report.Multilingual, new BiText("다국어 비일관성", "Multilingual inconsistency")),
        ];
    }

    /// <summary>Each model's score in <paramref name="measure"/> (broken down by model), most consistent (lowest) first.</summary>
    public static IReadOnlyList<(string Model, MeasureScore Score)> RankedByModel(ConsistencyMeasure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return
        [
            .. measure.Breakdown
                .Where(s => s.Keys.ContainsKey(Dimensions.Model))
                .Select(s => (Model: s.Keys[Dimensions.Model], Score: s))
                .OrderBy(p => p.Score.Mean).ThenBy(p => p.Model, StringComparer.Ordinal),
        ];
    }
}
