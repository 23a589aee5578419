using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
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
    /// <summary>Call only on a config <see cref="GenerationConfigValidator"/> accepted.</summary>
    public static GenerationSettings From(RunConfig config, CountryRegistry countries) => new(
        config.Countries!.Select(countries.Get).ToList(),
        (config.Languages ?? []).Select(Language.Parse).Distinct().ToList(),
        config.Topics!.Controversial,
        config.Topics.Uncontroversial,
        config.QuestionsPerTopic,
        config.Paraphrases,
        new FilterOptions
        {
            AllowNeutral = config.Filters.AllowNeutral,
            MinFormsPerOriginal = config.Filters.MinFormsPerOriginal,
            MinOriginalsPerTopic = config.Filters.MinOriginalsPerTopic,
            MaxQuestionsPerTopic = config.Filters.MaxQuestionsPerTopic,
            Seed = config.Seed,
        });

    /// <summary>The languages a country's items are translated into: every target but its own.</summary>
    public IEnumerable<Language> TargetsFor(Country country) => Targets.Where(t => t.Code != country.DefaultLanguage.Code);
}
