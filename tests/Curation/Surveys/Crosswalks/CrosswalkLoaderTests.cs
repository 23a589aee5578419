using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Surveys.Crosswalks;

namespace ValueAtlas.Curation.Tests.Surveys.Crosswalks;

public sealed class CrosswalkLoaderTests
{
    private const string Valid = """
        source: wvs7
        wave: "7"
        codebook: WVS-7 codebook v5.0
        country: { variable: B_COUNTRY, codes: iso_numeric, map: { "909": KR } }
        weight: W_WEIGHT
        respondent_id: D_INTERVIEW
        missing:
          - { code: -1, meaning: dont_know, label: 모름 }
          - { code: -2, meaning: refused }
        questions:
          - id: Q46
            text: { en: "Taking all things together, would you say you are", ko: 모든 것을 종합적으로 고려할 때, ko_origin: machine_translation }
            ordinal: true
            options:
              - { codes: [1], en: Very happy, ko: 매우 행복, position: 1 }
              - { codes: ["2", 3], en: Quite or not very happy, position: 2 }
              - { codes: [4], en: Not at all happy, position: 3 }
            drop: [5]
          - id: Q7
            variable: Q7
            text: { en: Good manners }
            ordinal: false
            options:
              - { codes: [1], en: Mentioned }
              - { codes: [2], en: Not mentioned }
        """;

    [Fact]
    public void Valid_crosswalk_binds_every_key()
    {
        var file = CrosswalkLoader.Parse(Valid, "wvs7.yaml");
        var crosswalk = file.Crosswalk;

        Assert.Equal("wvs7", crosswalk.Source);
        Assert.Equal("KR", crosswalk.Country.Map!["909"]);
        Assert.Equal("refused", crosswalk.Missing![1].Meaning);
        Assert.Equal("wvs7:Q46", crosswalk.QuestionId(crosswalk.Questions[0]));
        Assert.Equal(["2", "3"], crosswalk.Questions[0].Options[1].Codes);
        Assert.Equal("Q46", crosswalk.Questions[0].SourceVariable);
        Assert.Equal("5", Assert.Single(crosswalk.Questions[0].Drop!));
        Assert.Null(crosswalk.Questions[1].Options[0].Position);
    }

    [Fact]
    public void Every_broken_rule_is_reported_at_its_line_and_yaml_path()
    {
        var broken = Valid
            .Replace("source: wvs7", "source: WVS 7", StringComparison.Ordinal)
            .Replace("codes: iso_numeric", "codes: numbers", StringComparison.Ordinal)
            .Replace("\"909\": KR", "\"909\": XX", StringComparison.Ordinal)
            .Replace("meaning: refused", "meaning: no_answer", StringComparison.Ordinal)
            .Replace("ko_origin: machine_translation", "ko_origin: google", StringComparison.Ordinal)
            .Replace("codes: [4], en: Not at all happy, position: 3", "codes: [3], en: Not at all happy, position: 2", StringComparison.Ordinal)
            .Replace("drop: [5]", "drop: [1]", StringComparison.Ordinal)
            .Replace("codes: [2], en: Not mentioned", "codes: [-1], en: \"\"", StringComparison.Ordinal);

        var error = Assert.Throws<ConfigException>(() => CrosswalkLoader.Parse(broken, "wvs7.yaml"));

        var found = error.Errors.Select(e => (e.Line, e.YamlPath)).ToList();
        Assert.Contains((1, "source"), found);
        Assert.Contains((4, "country.codes"), found);
        Assert.Contains((4, "country.map.909"), found);
        Assert.Contains((9, "missing[1].meaning"), found);
        Assert.Contains((12, "questions[0].text.ko_origin"), found);
        Assert.Contains((17, "questions[0].options[2].codes"), found);
        Assert.Contains((17, "questions[0].options[2].position"), found);
        Assert.Contains((18, "questions[0].drop[0]"), found);
        Assert.Contains((25, "questions[1].options[1].codes"), found);
        Assert.Contains((25, "questions[1].options[1].en"), found);
        Assert.All(error.Errors, e => Assert.Equal("wvs7.yaml", e.File));
        Assert.Contains("already belongs to questions[0].options[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("also a missing code", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_keys_are_each_named()
    {
        var error = Assert.Throws<ConfigException>(() => CrosswalkLoader.Parse("name: Untitled\n", "new.yaml"));

        var paths = error.Errors.Select(e => e.YamlPath).ToHashSet();
        Assert.Superset(new HashSet<string> { "source", "wave", "codebook", "respondent_id", "country.variable", "country.codes", "questions" }, paths);
    }

    [Fact]
    public void Unknown_key_is_refused_with_its_path()
    {
        var error = Assert.Throws<ConfigException>(() => CrosswalkLoader.Parse(Valid.Replace("ordinal: false", "ordinal: false\n    scale: 2", StringComparison.Ordinal), "wvs7.yaml"));

        Assert.Contains(error.Errors, e => e.YamlPath.StartsWith("questions[1].scale", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.0", "1")]
    [InlineData(" -2 ", "-2")]
    [InlineData("01", "1")]
    [InlineData("-0", "0")]
    [InlineData("KR", "KR")]
    public void Source_codes_compare_as_numbers_when_they_are_numbers(string written, string normalized) =>
        Assert.Equal(normalized, SourceCode.Normalize(written));
}
