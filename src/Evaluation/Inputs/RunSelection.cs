using ValueAtlas.Evaluation.Config;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>What a run's languages, countries, persona and limit select, normalised once: primary language tags in lower case, alpha-2 codes in upper case.</summary>
internal sealed record RunSelection(IReadOnlyList<string> Languages, IReadOnlyList<string> Countries, string? Persona, int? Limit)
{
    public static RunSelection Of(EvaluationRun run)
    {
        if (run.Limit is < 0)
        {
            throw new ArgumentException($"run {run.Name ?? run.Kind}: limit must not be negative, not {run.Limit}", nameof(run));
        }

        return new RunSelection(
            [.. run.Languages.Where(l => !string.IsNullOrWhiteSpace(l)).Select(PrimaryTag).Distinct(StringComparer.Ordinal)],
            [.. run.Countries.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)],
            string.IsNullOrWhiteSpace(run.Persona) ? null : run.Persona.Trim().ToUpperInvariant(),
            run.Limit);
    }

    /// <summary>"ko" of "ko-KR", "zh" of "zh-Hant": prompts and wordings are chosen by language, not by region or script.</summary>
    public static string PrimaryTag(string language) => language.Trim().Split('-')[0].ToLowerInvariant();

    public bool TakesLanguage(string primaryTag) => Languages.Count == 0 || Languages.Contains(primaryTag, StringComparer.Ordinal);

    public bool TakesCountry(string country) => Countries.Count == 0 || Countries.Contains(country.Trim(), StringComparer.OrdinalIgnoreCase);

    public bool IsFull(int probes) => Limit is { } limit && probes >= limit;
}
