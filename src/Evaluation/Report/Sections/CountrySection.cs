using System.Globalization;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Charts;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>
/// Section 2: per model, similarity to every country with Korea highlighted: Korea's rank under every condition
/// (DP vs CP vs LP side by side), then for the conditions about Korea the most and least similar countries.
/// </summary>
public static class CountrySection
{
    public const string Id = "countries";

    private const int Top = 10;
    private const int Bottom = 5;

    public static ReportSection Build(ReportData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var heading = new BiText("2. 국가별 유사도 (한국 강조)", "2. Similarity to every country (Korea highlighted)");
        var conditions = data.Similarity?.Conditions.Where(c => c.Condition is not null).ToList() ?? [];
        if (conditions.Count == 0)
        {
            return new ReportSection(Id, heading,
                [new ReportNote(new BiText("국가별 유사도 없음: goqa 응답과 --surveys 가 필요합니다.", "No similarity to countries: it needs goqa answers and --surveys."))]);
        }

        var blocks = new List<ReportBlock> { Summary(conditions, data.Language) };
        foreach (var model in conditions.GroupBy(c => c.Condition!.Model).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            blocks.Add(new ReportSubheading(BiText.Same(model.Key)));
            var aboutKorea = model.Where(c => KoreaView.IsAboutKorea(c.Condition!)).OrderBy(c => c.Condition!.PromptKind, StringComparer.Ordinal).ThenBy(c => c.Condition!.Language, StringComparer.Ordinal).ToList();
            var compared = aboutKorea.Select(c => (c, Korea: c.Countries.FirstOrDefault(k => CountryNames.IsKorea(k.Country)))).Where(p => p.Korea is not null).ToList();
            if (compared.Count > 1)
            {
                blocks.Add(new ReportChart($"chart-dp-cp-lp-{Slug(model.Key)}", new BarChart
                {
                    Title = $"{model.Key} — DP / CP / LP",
                    ValueAxis = data.Language == ReportLanguage.Ko ? "한국과의 유사도 (95% CI)" : "similarity to Korea (95% CI)",
                    Bars = [.. compared.Select(p => new ChartBar(PromptKindNames.Condition(p.c.Condition!).First(data.Language), p.Korea!.Mean, p.Korea.Ci95.Low, p.Korea.Ci95.High, Highlight: true))],
                    Range = (0, 1),
                }));
            }

            foreach (var condition in aboutKorea)
            {
                blocks.AddRange(Detail(data, condition));
            }
        }

        return new ReportSection(Id, heading, blocks);
    }

    private static ReportTable Summary(IReadOnlyList<ConditionSimilarity> conditions, ReportLanguage language) => new(
        "korea-rank-by-condition",
        new BiText("조건별 한국의 순위", "Korea's rank under each condition"),
        [ReportColumns.Model, ReportColumns.Condition, ReportColumns.Similarity, ReportColumns.Ci, ReportColumns.KoreaRank, new BiText("가장 비슷한 국가", "Most similar"), new BiText("가장 다른 국가", "Least similar")],
        [
            .. conditions
                .OrderBy(c => c.Condition!.Model, StringComparer.Ordinal).ThenBy(c => c.Condition!.PromptKind, StringComparer.Ordinal)
                .ThenBy(c => c.Condition!.Language, StringComparer.Ordinal).ThenBy(c => c.Condition!.PromptCountry, StringComparer.Ordinal)
                .Select(c =>
                {
                    var korea = c.Countries.FirstOrDefault(k => CountryNames.IsKorea(k.Country));
                    return new ReportRow(
                    [
                        c.Condition!.Model,
                        PromptKindNames.Condition(c.Condition).First(language),
                        korea is null ? "–" : ReportNumbers.Score(korea.Mean),
                        korea is null ? "–" : ReportNumbers.Ci(korea.Ci95),
                        korea is null ? "–" : ReportNumbers.Rank(korea.Rank, c.Countries.Count),
                        c.Countries.Count == 0 ? "–" : CountryNames.Short(c.Countries[0].Country, language),
                        c.Countries.Count == 0 ? "–" : CountryNames.Short(c.Countries[^1].Country, language),
                    ]);
                }),
        ],
        NumericFrom: 2);

    private static IEnumerable<ReportBlock> Detail(ReportData data, ConditionSimilarity condition)
    {
        var asked = condition.Condition!;
        var label = PromptKindNames.Condition(asked);
        if (condition.Countries.Count == 0)
        {
            yield return new ReportNote(new BiText(
                $"{asked.Model} · {label.Ko}: 설문과 공유하는 문항이 없습니다 (건너뛴 문항 {condition.SkippedQuestions}개).",
                $"{asked.Model} · {label.En}: no question shared with the survey ({condition.SkippedQuestions} skipped)."));
            yield break;
        }

        var shown = Shown(condition.Countries);
        var id = $"{Slug(condition.Condition!.Model)}-{Slug(condition.Condition.PromptKind)}-{Slug(condition.Condition.Language ?? "")}{(condition.Condition.PromptCountry is { } pc ? "-" + Slug(pc) : "")}{(condition.Condition.Persona is { } pe ? "-p" + Slug(pe) : "")}";
        yield return new ReportTable(
            $"countries-{id}",
            new BiText($"{condition.Condition.Model} · {label.Ko}: 상위 {Top}, 하위 {Bottom}, 한국", $"{condition.Condition.Model} · {label.En}: top {Top}, bottom {Bottom} and Korea"),
            [ReportColumns.Rank, ReportColumns.Country, new BiText("유사도", "Similarity"), ReportColumns.Ci, ReportColumns.Questions],
            [
                .. shown.Select(c => new ReportRow(
                [
                    c.Rank.ToString(CultureInfo.InvariantCulture),
                    CountryNames.Full(c.Country, data.Language),
                    ReportNumbers.Score(c.Mean),
                    ReportNumbers.Ci(c.Ci95),
                    ReportNumbers.Count(c.Questions.Count),
                ], Highlight: CountryNames.IsKorea(c.Country))),
            ],
            NumericFrom: 2);
        yield return new ReportChart($"chart-countries-{id}", new BarChart
        {
            Title = $"{condition.Condition.Model} · {label.First(data.Language)}",
            ValueAxis = data.Language == ReportLanguage.Ko ? "1 − JS 거리 (95% CI)" : "1 − JS distance (95% CI)",
            Bars = [.. shown.Select(c => new ChartBar($"{c.Rank}. {CountryNames.Short(c.Country, data.Language)}", c.Mean, c.Ci95.Low, c.Ci95.High, CountryNames.IsKorea(c.Country)))],
            Range = (0, 1),
        });
    }

    /// <summary>The top and bottom countries and Korea wherever it ranks, in rank order, each once.</summary>
    private static List<CountrySimilarity> Shown(IReadOnlyList<CountrySimilarity> countries)
    {
        return
        [
            .. countries.Where((c, i) => i < Top || i >= countries.Count - Bottom || CountryNames.IsKorea(c.Country)),
        ];
    }

    public static string Slug(string text) =>
        new([.. (text ?? "").ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-')]);
}
