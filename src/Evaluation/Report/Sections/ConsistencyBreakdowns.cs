using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>The consistency tables by a second dimension: controversial, model kind, topic.</summary>
public static class ConsistencyBreakdowns
{
    private const int TopicsEachWay = 5;

    public static ReportBlock Controversial(ReportData data, ReportConsistency consistency)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(consistency);
        var rows = new List<ReportRow>();
        foreach (var (measure, name) in ConsistencyMeasures.Of(consistency.ByModelAndControversial))
        {
            foreach (var model in measure.Breakdown.GroupBy(s => s.Keys.GetValueOrDefault(Dimensions.Model) ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var yes = model.FirstOrDefault(s => s.Keys.GetValueOrDefault(Dimensions.Controversial) == "true");
                var no = model.FirstOrDefault(s => s.Keys.GetValueOrDefault(Dimensions.Controversial) == "false");
                if (yes is null && no is null)
                {
                    continue;
                }

                rows.Add(new ReportRow([name.First(data.Language), model.Key, Cell(yes), Cell(no), Difference(yes, no)]));
            }
        }

        return rows.Count == 0
            ? new ReportNote(new BiText("문항에 논쟁성(controversial) 표시가 없습니다.", "The items carry no controversial flag."))
            : new ReportTable(
                "consistency-controversial",
                null,
                [new BiText("지표", "Measure"), ReportColumns.Model, new BiText("논쟁적: 평균 [95% CI] (응답)", "Controversial: mean [95% CI] (members)"), new BiText("비논쟁적: 평균 [95% CI] (응답)", "Uncontroversial: mean [95% CI] (members)"), new BiText("차이", "Difference")],
                rows,
                NumericFrom: 2);
    }

    public static ReportBlock BaseVsChat(ReportData data, ReportConsistency consistency)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(consistency);
        var how = new BiText(
            "기반 모델 판별: 완성형(completion) 프롬프트 템플릿으로 질문한 모델(provider openai-completions), 또는 이름에 \"base\"가 들어간 모델.",
            "Base models are those asked through the completion prompt template (provider openai-completions) or whose name contains \"base\".");
        var models = ConsistencyMeasures.RankedByModel(consistency.ByModel.Paraphrase).Select(r => r.Model)
            .Concat(consistency.ByModel.Topic.Breakdown.Select(s => s.Keys.GetValueOrDefault(Dimensions.Model) ?? ""))
            .Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var kinds = models.Select(m => AnswerSection.KindName(data, m)).Distinct(StringComparer.Ordinal).Count();
        if (kinds < 2)
        {
            return new ReportNote(new BiText(
                $"기반 모델과 대화 모델이 모두 있어야 비교합니다 (여기서는 {(models.Count == 0 ? "모델 없음" : AnswerSection.KindName(data, models[0]))}만). {how.Ko}",
                $"The comparison needs both base and chat models (here only {(models.Count == 0 ? "none" : AnswerSection.KindName(data, models[0]))}). {how.En}"));
        }

        var rows = new List<ReportRow>();
        foreach (var (measure, name) in ConsistencyMeasures.Of(consistency.ByModel))
        {
            foreach (var kind in ConsistencyMeasures.RankedByModel(measure).GroupBy(r => AnswerSection.KindName(data, r.Model)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var means = kind.Select(r => r.Score.Mean).ToList();
                rows.Add(new ReportRow(
                [
                    name.First(data.Language),
                    kind.Key,
                    string.Join(", ", kind.Select(r => r.Model)),
                    ReportNumbers.Score(means.Average()),
                    ReportNumbers.Score(means.Min()),
                    ReportNumbers.Score(means.Max()),
                ]));
            }
        }

        return new ReportTable(
            "consistency-base-chat",
            how,
            [new BiText("지표", "Measure"), ReportColumns.Kind, new BiText("모델", "Models"), new BiText("모델 평균의 평균", "Mean of model means"), new BiText("최소", "Min"), new BiText("최대", "Max")],
            rows,
            NumericFrom: 3);
    }

    public static IEnumerable<ReportBlock> Topics(ReportData data, ReportConsistency consistency)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(consistency);
        var any = false;
        foreach (var (measure, name) in ConsistencyMeasures.Of(consistency.ByModelAndTopic))
        {
            var rows = new List<ReportRow>();
            foreach (var model in measure.Breakdown.Where(s => s.Keys.ContainsKey(Dimensions.Topic)).GroupBy(s => s.Keys.GetValueOrDefault(Dimensions.Model) ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var ordered = model.OrderBy(s => s.Mean).ThenBy(s => s.Keys[Dimensions.Topic], StringComparer.Ordinal).ToList();
                // With few topics, half are "most" and the rest "least", so no topic is listed on both sides.
                var most = ordered.Take(Math.Min(TopicsEachWay, (ordered.Count + 1) / 2)).ToList();
                var least = ordered.Skip(most.Count).Reverse().Take(TopicsEachWay).ToList();
                rows.AddRange(most.Select(s => TopicRow(data, model.Key, new BiText("가장 일관적", "most consistent"), s)));
                rows.AddRange(least.Select(s => TopicRow(data, model.Key, new BiText("가장 비일관적", "least consistent"), s)));
            }

            if (rows.Count == 0)
            {
                continue;
            }

            any = true;
            yield return new ReportTable(
                $"topics-{measure.Name.Replace('_', '-')}",
                name,
                [ReportColumns.Model, new BiText("구분", "Side"), new BiText("주제", "Topic"), new BiText("주제 (영어)", "Topic (English)"), ReportColumns.Mean, ReportColumns.Ci, ReportColumns.Members],
                rows,
                NumericFrom: 4);
        }

        if (!any)
        {
            yield return new ReportNote(new BiText("주제별 그룹이 없습니다.", "No per-topic groups."));
        }
    }

    private static ReportRow TopicRow(ReportData data, string model, BiText side, MeasureScore score)
    {
        var topic = score.Keys[Dimensions.Topic];
        var korean = data.KoreanTopicNames.GetValueOrDefault(topic) ?? topic;
        return new ReportRow([model, side.First(data.Language), korean, topic, ReportNumbers.Score(score.Mean), ReportNumbers.Ci(score.Ci95), ReportNumbers.Count(score.Members)]);
    }

    private static string Cell(MeasureScore? score) =>
        score is null ? "–" : $"{ReportNumbers.Score(score.Mean)} {ReportNumbers.Ci(score.Ci95)} ({ReportNumbers.Count(score.Members)})";

    private static string Difference(MeasureScore? yes, MeasureScore? no) =>
        yes is null || no is null ? "–" : (yes.Mean - no.Mean).ToString("+0.000;−0.000;0.000", System.Globalization.CultureInfo.InvariantCulture);
}
