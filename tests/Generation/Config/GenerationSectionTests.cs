using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Chain;
using ValueAtlas.Generation.Config;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Config;

public sealed class GenerationSectionTests
{
    private static readonly IReadOnlyList<IConfigSection> Checked = [GenerationSection.Checked(CountryRegistry.BuiltIn)];

    [Fact]
    public void Korea_example_loads_unchanged_into_the_shared_keys_and_the_generation_section()
    {
        var run = RunConfigLoader.Load(Path.Combine(RepoRoot.Path, "datasets", "runs", "korea.yaml"), Checked);

        var generation = run.Section<GenerationConfig>();
        Assert.Equal(20241123, run.Seed);
        Assert.Equal(Path.Combine(RepoRoot.Path, ".valueatlas", "cache.sqlite"), run.Cache);
        Assert.Equal(("model", "model", "LGAI-EXAONE/EXAONE-3.5-32B-Instruct"), (generation.Model!.Name, generation.Model.YamlPath, generation.Model.Model));
        Assert.Equal(["KR"], generation.Countries);
        Assert.Equal(30, generation.Topics!.Controversial);
        Assert.Equal(new FilterOptions(), generation.Filters);
    }

    [Fact]
    public void Omitted_keys_take_the_defaults_written_once_and_the_filters_get_the_runs_seed()
    {
        var run = RunConfigLoader.LoadFromText("""
            model: { endpoint: "http://127.0.0.1:1/v1", model: m }
            countries: [KR]
            topics: { controversial: 1, uncontroversial: 0 }
            seed: 9
            filters:
            """, "run.yaml", "/runs", Checked);

        var settings = GenerationSettings.From(run, CountryRegistry.BuiltIn);

        Assert.Equal((5, 4), (settings.QuestionsPerTopic, settings.Paraphrases));
        Assert.Equal(new FilterOptions { Seed = 9 }, settings.Filters);
    }

    [Fact]
    public void Prompts_folder_is_taken_from_the_files_folder()
    {
        var run = RunConfigLoader.LoadFromText("prompts: ../my-prompts\n", "run.yaml", "/runs/ko", [GenerationSection.Tolerated]);

        Assert.Equal("/runs/my-prompts", run.Section<GenerationConfig>().Prompts);
    }

    [Fact]
    public void Rules_name_each_path_and_line_and_the_model_entry_is_checked_like_models()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            model: { endpoint: "127.0.0.1:8000", model: m }
            countries: [KR, XX]
            topics: { controversial: 1, uncontroversial: 0 }
            paraphrases: 21
            filters:
              min_forms_per_original: 0
            """, "run.yaml", sections: Checked));

        Assert.Equal(
            [
                ("model.endpoint", 1),
                ("countries[1]", 2),
                ("paraphrases", 4),
                ("filters.min_forms_per_original", 6),
            ],
            ex.Errors.Select(e => (e.YamlPath, e.Line)).ToList());
        Assert.Equal("must be between 0 and 20, not 21", ex.Errors[2].Message);
    }

    [Fact]
    public void Tolerated_section_checks_shape_but_not_the_generation_rules()
    {
        var run = RunConfigLoader.LoadFromText("countries: [XX]\n", "run.yaml", sections: [GenerationSection.Tolerated]);
        var typo = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("countries: KR\n", "run.yaml", sections: [GenerationSection.Tolerated]));

        Assert.Equal(["XX"], run.Section<GenerationConfig>().Countries);
        Assert.Equal("run.yaml:1:12: countries: expected a list of texts, found 'KR'", typo.Message);
    }
}
