using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report.Document;

namespace ValueAtlas.Evaluation.Report.Sections;

/// <summary>
/// One way of asking a model about Korea, across models: default prompting (any language), cross-national prompting
/// naming Korea, or the questions in Korean. Models are ranked within a view, never across views.
/// </summary>
public sealed record KoreaView(string Id, BiText Name, IReadOnlyList<(ConditionSimilarity Condition, CountrySimilarity? Korea)> Models)
{
    /// <summary>The Korea views in <paramref name="report"/>: DP, CP with prompt_country KR, LP in Korean, each per language and persona.</summary>
    public static IReadOnlyList<KoreaView> In(SimilarityReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            .. report.Conditions
                .Where(c => c.Condition is { } a && IsAboutKorea(a))
                .GroupBy(c => c.Condition! with { Model = "" })
                .OrderBy(g => Order(g.Key.PromptKind)).ThenBy(g => g.Key.Language, StringComparer.Ordinal).ThenBy(g => g.Key.Persona, StringComparer.Ordinal)
                .Select(g => new KoreaView(
                    IdOf(g.Key),
                    PromptKindNames.Condition(g.Key),
                    [.. g.Select(c => (c, c.Countries.FirstOrDefault(k => CountryNames.IsKorea(k.Country))))
                        .OrderByDescending(p => p.Item2?.Mean ?? double.NegativeInfinity)
                        .ThenBy(p => p.c.Condition!.Model, StringComparer.Ordinal)])),
        ];
    }

    public static bool IsAboutKorea(AnswerCondition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return condition.PromptKind switch
        {
            PromptKindNames.Dp => true,
            PromptKindNames.Cp => CountryNames.IsKorea(condition.PromptCountry),
            PromptKindNames.Lp => condition.Language == "ko",
            _ => false,
        };
    }

    private static int Order(string kind) => kind switch
    {
        PromptKindNames.Dp => 0,
        PromptKindNames.Cp => 1,
        PromptKindNames.Lp => 2,
        _ => 3,
    };

    private static string IdOf(AnswerCondition key) =>
        string.Join("-", new[] { key.PromptKind, key.Language, key.PromptCountry, key.Persona }.Where(p => !string.IsNullOrEmpty(p))).ToLowerInvariant();
}
