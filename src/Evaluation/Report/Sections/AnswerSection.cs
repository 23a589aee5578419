using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Charts;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Section 1, the answer first: models ranked by similarity to Korea per prompt kind, and by each inconsistency measure.</summary>
public static class AnswerSection
{
    public const string Id = "answer";

    public static ReportSection Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var blocks = new List<ReportBlock>
        {
            new ReportSubheading(new BiText("한국과의 유사도 순위", "Ranked by similarity to Korea")),
        };
        blocks.AddRange(KoreaRankings(data));
        blocks.Add(new ReportSubheading(new BiText("일관성 순위 (낮을수록 일관적)", "Ranked by consistency (lower is more consistent)")));
        blocks.AddRange(ConsistencyRankings(data));
        return new ReportSection(Id, new BiText("1. 요약: 결과 먼저", "1. The answer first"), blocks);
    }

    private static IEnumerable<ReportBlock> KoreaRankings(ReportData data)
    {
        var views = data.Similarity is { } similarity ? KoreaView.In(similarity) : [];
        if (views.Count == 0)
        {
            yield return new ReportNote(new BiText(
                "한국과의 유사도 없음: GlobalOpinionQA 응답(goqa-dp, 한국 지정 goqa-cp, 한국어 goqa-lp)이나 --surveys 가 주어지지 않았습니다.",
                "No similarity to Korea: no GlobalOpinionQA answers (goqa-dp, goqa-cp for KR, goqa-lp in Korean) or no --surveys were given."));
            yield break;
        }

        yield return new ReportParagraph(new BiText(
            $"유사도 = 공통 문항에 대한 평균 (1 − JS 거리), 로그 밑 {LogBaseName(data.Settings.LogBase)}; 높을수록 한국 응답자와 비슷합니다. 괄호는 문항에 대한 BCa 부트스트랩 95% 신뢰구간 ({ReportNumbers.Count(data.Settings.Resamples)}회).",
            $"Similarity = mean over shared questions of (1 − JS distance), log base {LogBaseName(data.Settings.LogBase)}; higher is closer to Korean respondents. Intervals: BCa bootstrap over questions, 95%, {ReportNumbers.Count(data.Settings.Resamples)} resamples."));
        foreach (var view in views)
        {
            if (view.Models.All(m => m.Korea is null))
            {
                yield return new ReportNote(new BiText(
                    $"{view.Name.Ko}: 한국 응답자와 공유하는 문항이 없습니다 ({string.Join(", ", view.Models.Select(m => m.Condition.Condition!.Model))}).",
                    $"{view.Name.En}: no question shared with Korean respondents ({string.Join(", ", view.Models.Select(m => m.Condition.Condition!.Model))})."));
                continue;
            }

            var rows = view.Models.Select((m, i) => new ReportRow(
            [
                m.Korea is null ? "–" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                m.Condition.Condition!.Model,
                m.Korea is null ? "–" : ReportNumbers.Score(m.Korea.Mean),
                m.Korea is null ? "–" : ReportNumbers.Ci(m.Korea.Ci95),
                m.Korea is null ? "–" : ReportNumbers.Rank(m.Korea.Rank, m.Condition.Countries.Count),
                m.Korea is null ? "0" : ReportNumbers.Count(m.Korea.Questions.Count),
            ])).ToList();
            yield return new ReportTable(
                $"korea-ranking-{view.Id}",
                view.Name,
                [ReportColumns.Rank, ReportColumns.Model, ReportColumns.Similarity, ReportColumns.Ci, ReportColumns.KoreaRank, ReportColumns.Questions],
                rows,
                NumericFrom: 2);
            var bars = view.Models.Where(m => m.Korea is not null)
                .Select(m => new ChartBar(m.Condition.Condition!.Model, m.Korea!.Mean, m.Korea.Ci95.Low, m.Korea.Ci95.High))
                .ToList();
            if (bars.Count > 0)
            {
                yield return new ReportChart($"chart-korea-{view.Id}", new BarChart
                {
                    Title = $"{view.Name.First(data.Language)} — {(data.Language == ReportLanguage.Ko ? "한국과의 유사도" : "similarity to Korea")}",
                    ValueAxis = data.Language == ReportLanguage.Ko ? "1 − JS 거리 (95% CI)" : "1 − JS distance (95% CI)",
                    Bars = bars,
                    Range = (0, 1),
                });
            }
        }
    }

    private static IEnumerable<ReportBlock> ConsistencyRankings(ReportData data)
    {
        if (data.Consistency is not { } consistency)
        {
            yield return new ReportNote(new BiText(
                "일관성 지표 없음: mc 또는 open 응답이 없습니다.", "No consistency measures: no mc or open answers were given."));
            yield break;
        }

        foreach (var (measure, name) in ConsistencyMeasures.Of(consistency.ByModel))
        {
            var ranked = ConsistencyMeasures.RankedByModel(measure);
            if (ranked.Count == 0)
            {
                yield return new ReportNote(new BiText($"{name.Ko}: 두 응답 이상인 그룹이 없습니다.", $"{name.En}: no group has two answers."));
                continue;
            }

            yield return new ReportTable(
                $"consistency-ranking-{measure.Name.Replace('_', '-')}",
                name,
                [ReportColumns.Rank, ReportColumns.Model, ReportColumns.Kind, ReportColumns.Mean, ReportColumns.Ci, ReportColumns.Groups, ReportColumns.Members],
                [.. ranked.Select((r, i) => new ReportRow(
                [
                    (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.Model,
                    KindName(data, r.Model),
                    ReportNumbers.Score(r.Score.Mean),
                    ReportNumbers.Ci(r.Score.Ci95),
                    ReportNumbers.Count(r.Score.Groups),
                    ReportNumbers.Count(r.Score.Members),
                ]))],
                NumericFrom: 3);
        }
    }

    public static string KindName(ReportData data, string model)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Models.TryGetValue(model, out var kind) && kind == ModelKind.Base ? "base" : "chat";
    }

    public static string LogBaseName(LogBase logBase) => logBase == LogBase.Two ? "2" : "e";
}
