using System.Globalization;
using ValueAtlas.Evaluation.Prompts;
using ValueAtlas.Evaluation.Report.Charts;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>Section 4: PVQ-21 steerability per model and Schwartz value (rank 0..11 of the value's own steering; chance 5.5).</summary>
public static class SteerabilitySection
{
    public const string Id = "steerability";

    public const double Chance = 5.5;

    public static ReportSection Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var heading = new BiText("4. 가치 조향성 (PVQ-21)", "4. Value steerability (PVQ-21)");
        if (data.Steerability is not { Scores.Count: > 0 } steerability)
        {
            return new ReportSection(Id, heading,
                [new ReportNote(new BiText("조향성 없음: pvq 응답이 없습니다.", "No steerability: no pvq answers were given."))]);
        }

        var blocks = new List<ReportBlock>
        {
            new ReportParagraph(new BiText(
                $"거리 = p(s* | 가치 없음) − p(s* | 가치 명시), s* 는 가치를 말하지 않았을 때 가장 가능성 높은 입장. 순위 = 12가지 조향 중 평균 거리가 해당 가치보다 작은 조향 수 (0..11, 우연 수준 5.5; 높을수록 그 가치로 잘 조향됨). 제외된 초상 문항 {ReportNumbers.Count(steerability.SkippedPortraits)}개.",
                $"Distance = p(s* | no value) − p(s* | value named), s* the most likely stance with no value named. Rank = how many of the 12 steerings have a smaller mean distance than the value's own (0..11, chance 5.5; higher means the value steers the model more). {ReportNumbers.Count(steerability.SkippedPortraits)} portraits skipped.")),
        };
        var korean = PvqValues.Names("ko").ToDictionary(p => p.Id, p => p.Text, StringComparer.Ordinal);
        foreach (var condition in steerability.Scores.GroupBy(s => s.Condition).OrderBy(g => g.Key.Label, StringComparer.Ordinal))
        {
            var scores = condition.OrderBy(s => IndexOf(s.Value)).ThenBy(s => s.Value, StringComparer.Ordinal).ToList();
            var meanRank = scores.Average(s => s.Rank);
            var label = condition.Key.Label;
            blocks.Add(new ReportSubheading(BiText.Same(label)));
            blocks.Add(new ReportTable(
                $"steerability-{CountrySection.Slug(label)}",
                new BiText($"평균 순위 {ReportNumbers.Plain(meanRank)} (우연 5.5)", $"Mean rank {ReportNumbers.Plain(meanRank)} (chance 5.5)"),
                [new BiText("가치", "Value"), new BiText("가치 (영어)", "Value (English)"), new BiText("순위 (0–11)", "Rank (0–11)"), new BiText("자기 조향 평균 거리", "Own steering's mean distance"), new BiText("초상 문항", "Portraits")],
                [
                    .. scores.Select(s => new ReportRow(
                    [
                        korean.GetValueOrDefault(s.Value) ?? s.Value,
                        s.Value,
                        s.Rank.ToString(CultureInfo.InvariantCulture),
                        s.MeanDistances.TryGetValue(s.Value, out var own) ? ReportNumbers.Score(own) : "–",
                        ReportNumbers.Count(s.Portraits),
                    ])),
                ],
                NumericFrom: 2));
            var ko = data.Language == ReportLanguage.Ko;
            blocks.Add(new ReportChart($"chart-steerability-{CountrySection.Slug(label)}", new BarChart
            {
                Title = $"{label} — {(ko ? "가치별 조향 순위" : "steering rank per value")}",
                ValueAxis = ko ? "순위 0–11" : "rank 0–11",
                Bars = [.. scores.Select(s => new ChartBar(ko ? korean.GetValueOrDefault(s.Value) ?? s.Value : s.Value, s.Rank))],
                Lines = [new ChartLine(Chance, ko ? "우연 수준 5.5" : "chance 5.5")],
                Range = (0, 11),
            }));
        }

        return new ReportSection(Id, heading, blocks);
    }

    private static int IndexOf(string value)
    {
        var index = PvqValues.Ids.ToList().IndexOf(value);
        return index < 0 ? int.MaxValue : index;
    }
}
