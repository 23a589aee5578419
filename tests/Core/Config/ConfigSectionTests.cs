using ValueAtlas.Core.Config;
using ValueAtlas.Core.Tests.Config.Sections;

namespace ValueAtlas.Core.Tests.Config;

public sealed class ConfigSectionTests
{
    private static readonly ConfigSection<SurveySettings> Survey = new("survey", new SurveyRules());

    [Fact]
    public void Keyed_section_is_bound_beside_the_shared_keys()
    {
        var config = RunConfigLoader.LoadFromText("""
            cache: c.sqlite
            survey:
              sources: [a.sav, b.sav]
              waves: 3
            """, "run.yaml", "/data", [Survey]);

        var survey = config.Section<SurveySettings>();
        Assert.Equal(["a.sav", "b.sav"], survey.Sources);
        Assert.Equal(3, survey.Waves);
        Assert.Equal(100, survey.Limits.MaxRows);
        Assert.Equal("/data/c.sqlite", config.Cache);
    }

    [Fact]
    public void Section_rules_are_named_by_their_full_path_and_line()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            survey:
              sources: [a.sav]
              waves: 11
              limits:
                max_rows: 0
            """, "run.yaml", sections: [Survey]));

        Assert.Equal(
            [
                "run.yaml:3:3: survey.waves: must be between 1 and 10",
                "run.yaml:5:5: survey.limits.max_rows: must be greater than 0",
            ],
            ex.Message.Split('\n'));
    }

    [Fact]
    public void Four_unknown_keys_at_different_depths_are_all_reported_in_one_run()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            cach: c.sqlite
            models:
              m:
                endpoint: http://127.0.0.1:8000/v1
                model: m
                max_concurency: 2
            survey:
              sources: [a.sav]
              wave: 2
              limits: { max_row: 5 }
            """, "run.yaml", sections: [Survey]));

        Assert.Equal(
            [
                ("cach", 1, 1),
                ("models.m.max_concurency", 6, 5),
                ("survey.wave", 9, 3),
                ("survey.limits.max_row", 10, 13),
            ],
            ex.Errors.Select(e => (e.YamlPath, e.Line, e.Column)).ToList());
        Assert.Contains("expected one of: models, cache, seed, survey", ex.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("expected one of: sources, waves, limits", ex.Errors[2].Message, StringComparison.Ordinal);
        Assert.Contains("expected one of: max_rows", ex.Errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_kinds_in_several_entries_are_all_reported_and_their_rules_are_not()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            seed: many
            survey:
              sources: a.sav
              waves: some
            """, "run.yaml", sections: [Survey]));

        Assert.Equal(
            [
                "run.yaml:1:7: seed: expected a whole number, found 'many'",
                "run.yaml:3:12: survey.sources: expected a list of texts, found 'a.sav'",
                "run.yaml:4:10: survey.waves: expected a whole number, found 'some'",
            ],
            ex.Message.Split('\n'));
    }

    [Fact]
    public void Section_without_rules_accepts_a_partial_section_but_still_refuses_unknown_keys()
    {
        var tolerated = new ConfigSection<SurveySettings>("survey", null);

        var partial = RunConfigLoader.LoadFromText("survey:\n  waves: 40\n", "run.yaml", sections: [tolerated]);
        var typo = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("survey:\n  wavs: 4\n", "run.yaml", sections: [tolerated]));

        Assert.Equal(40, partial.Section<SurveySettings>().Waves);
        Assert.Equal("survey.wavs", Assert.Single(typo.Errors).YamlPath);
    }

    [Fact]
    public void Section_that_is_not_a_mapping_is_an_error_listing_its_keys()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("survey: [a, b]\n", "run.yaml", sections: [Survey]));

        Assert.Equal("run.yaml:1:1: survey: expected a mapping with the keys sources, waves, limits", ex.Message);
    }

    [Fact]
    public void Key_of_a_section_the_command_does_not_know_is_unknown()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("survey:\n  waves: 2\n", "run.yaml"));

        Assert.Equal("run.yaml:1:1: survey: unknown key 'survey'; expected one of: models, cache, seed", ex.Message);
    }

    [Fact]
    public void Whole_file_binds_to_one_record_with_every_problem_reported()
    {
        var document = ConfigDocument.Parse("waves: x\nsource: [a]\nlimits: { max_rows: 2 }\n", "survey.yaml");
        var errors = new List<ConfigError>();
        var broken = new HashSet<string>();

        var survey = document.Bind<SurveySettings>(errors, broken);

        Assert.Equal(2, survey.Limits.MaxRows);
        Assert.Equal(["waves"], broken);
        Assert.Equal(
            [
                "survey.yaml:2:1: source: unknown key 'source'; expected one of: sources, waves, limits",
                "survey.yaml:1:8: waves: expected a whole number, found 'x'",
            ],
            errors.Select(e => e.ToString()).ToList());
    }
}
