using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Charts;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>
/// Section 3: the four inconsistency measures per model with CIs and the random bounds, controversial vs
/// uncontroversial, base vs chat, and the most and least consistent topics.
/// </summary>
public static class ConsistencySection
{
    public const string Id = "consistency";

    public static ReportSection Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var heading = new BiText("3. 일관성 (ValueConsistency)", "3. Consistency (ValueConsistency)");
        if (data.Consistency is not { } consistency)
        {
            return new ReportSection(Id, heading,
                [new ReportNote(new BiText("일관성 지표 없음: mc 또는 open 응답이 없습니다.", "No consistency measures: no mc or open answers were given."))]);
        }

        var bounds = string.Join(", ", consistency.RandomBounds.Select(b => $"{b.Options}: {ReportNumbers.Score(b.Value)}"));
        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(new BiText(
                $"비일관성 = 그룹 중심(JS 센트로이드)에서 각 응답까지의 JS 거리를 모두 모은 평균 (로그 밑 {AnswerSection.LogBaseName(consistency.ByModel.LogBase)}); 0이면 완전히 일관적입니다. 무작위 응답 상한 (선택지 수: 값) {bounds}. 신뢰구간: 모은 거리에 대한 BCa 부트스트랩 95%. 사용하지 않은 응답 {ReportNumbers.Count(consistency.ByModel.IgnoredAnswers)}개 (goqa, pvq, 조향 응답, 입장 없는 선택지).",
                $"Inconsistency = the pooled mean JS distance from each answer to its group's JS centroid (log base {AnswerSection.LogBaseName(consistency.ByModel.LogBase)}); 0 is perfectly consistent. Random-answer bounds (options: value) {bounds}. Intervals: BCa bootstrap over the pooled distances, 95%. {ReportNumbers.Count(consistency.ByModel.IgnoredAnswers)} answers not used (goqa, pvq, steered, options without stance).")),
        };
        foreach (var (measure, name) in ConsistencyMeasures.Of(consistency.ByModel))
        {
            blocks.Add(new ReportSubheading(name));
            blocks.AddRange(PerModel(data, consistency, measure, name));
        }

        blocks.Add(new ReportSubheading(new BiText("논쟁적 vs 비논쟁적 주제", "Controversial vs uncontroversial")));
        blocks.Add(ConsistencyBreakdowns.Controversial(data, consistency));
        blocks.Add(new ReportSubheading(new BiText("기반 모델 vs 대화 모델", "Base vs chat models")));
        blocks.Add(ConsistencyBreakdowns.BaseVsChat(data, consistency));
        blocks.Add(new ReportSubheading(new BiText("주제별: 가장 일관적인 주제와 가장 비일관적인 주제", "Per topic: the most and least consistent topics")));
        blocks.AddRange(ConsistencyBreakdowns.Topics(data, consistency));
        return new ReportSection(Id, heading, blocks);
    }

    private static IEnumerable<ReportBlock> PerModel(ReportData data, ReportConsistency consistency, ConsistencyMeasure measure, BiText name)
    {
        var ranked = ConsistencyMeasures.RankedByModel(measure);
        if (ranked.Count == 0)
        {
            yield return new ReportNote(new BiText("두 응답 이상인 그룹이 없습니다.", "No group has two answers."));
            yield break;
        }

        var slug = measure.Name.Replace('_', '-');
        yield return new ReportTable(
            $"consistency-{slug}",
            null,
            [ReportColumns.Model, ReportColumns.Kind, ReportColumns.Mean, ReportColumns.Ci, ReportColumns.Groups, ReportColumns.Members, new BiText("단독 그룹", "Singletons")],
            [
                .. ranked.Select(r => new ReportRow(
                [
                    r.Model,
                    AnswerSection.KindName(data, r.Model),
                    ReportNumbers.Score(r.Score.Mean),
                    ReportNumbers.Ci(r.Score.Ci95),
                    ReportNumbers.Count(r.Score.Groups),
                    ReportNumbers.Count(r.Score.Members),
                    ReportNumbers.Count(r.Score.Singletons),
                ])),
            ],
            NumericFrom: 2);
        var ko = data.Language == ReportLanguage.Ko;
        yield return new ReportChart($"chart-consistency-{slug}", new BarChart
        {
            Title = name.First(data.Language),
            ValueAxis = ko ? "비일관성: JS 거리 (95% CI)" : "inconsistency: JS distance (95% CI)",
            Bars = [.. ranked.Select(r => new ChartBar(r.Model, r.Score.Mean, r.Score.Ci95.Low, r.Score.Ci95.High))],
            Lines = [.. consistency.RandomBounds.Select(b => new ChartLine(b.Value, ko ? $"무작위 상한 ({b.Options}지선다) {ReportNumbers.Score(b.Value)}" : $"random bound ({b.Options} options) {ReportNumbers.Score(b.Value)}"))],
        });
    }
}
