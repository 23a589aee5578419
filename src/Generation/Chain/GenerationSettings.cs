using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Config;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Chain;

/// <summary>A validated run config as the chain needs it: countries and languages resolved, filters as options.</summary>
public sealed record GenerationSettings(
    IReadOnlyList<Country> Countries,
    IReadOnlyList<Language> Targets,
    int Controversial,
    int Uncontroversial,
    int QuestionsPerTopic,
    int Paraphrases,
    FilterOptions Filters)
{
    /// <summary>Call only on a config read with <see cref="GenerationSection.Checked"/>.</summary>
    public static GenerationSettings From(RunConfig run, CountryRegistry countries)
    {
        ArgumentNullException.ThrowIfNull(run);
        var config = run.Section<GenerationConfig>();
        return new(
            config.Countries!.Select(countries.Get).ToList(),
            (config.Languages ?? []).Select(Language.Parse).Distinct().ToList(),
            config.Topics!.Controversial,
            config.Topics.Uncontroversial,
            config.QuestionsPerTopic,
            config.Paraphrases,
            config.Filters with { Seed = run.Seed });
    }

    /// <summary>The languages a country's items are translated into: every target but its own.</summary>
    public IEnumerable<Language> TargetsFor(Country country) => Targets.Where(t => t.Code != country.DefaultLanguage.Code);
}
