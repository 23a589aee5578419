using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Scaffold;
using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Curation.Tests.Surveys.Scaffold;

public sealed class CrosswalkScaffoldTests : IDisposable
{
    // A WVS-shaped file written by pspp: the scaffold must read what pspp wrote, not what we would write.
    private const string Syntax = """
        SET LOCALE='UTF-8'.
        DATA LIST LIST /B_COUNTRY (F3.0) D_INTERVIEW (F9.0) W_WEIGHT (F8.4) Q1 (F2.0) Q2 (F2.0) Q46 (F2.0) Q7 (F2.0) N_TOWN (A10).
        BEGIN DATA.
        410 1 1.0 1 2 1 1 "서울"
        840 2 0.8 2 -1 4 2 "Boston"
        END DATA.
        VARIABLE LABELS B_COUNTRY 'ISO 3166-1 numeric country code' Q1 'Important in life: Family' Q2 'Important in life: Friends'
          Q46 '행복감 (Feeling of happiness)' Q7 'Important child qualities: good manners'.
        VALUE LABELS B_COUNTRY 410 'South Korea' 840 'United States'
          /Q1 Q2 1 'Very important' 2 'Rather important' 3 'Not very important' 4 'Not at all important' -1 "Don't know" -2 'No answer'
          /Q46 1 '매우 행복' 2 '꽤 행복' 3 '별로 행복하지 않음' 4 '전혀 행복하지 않음' -1 '모름' -2 'No answer' -4 'Not asked in survey'
          /Q7 1 'Mentioned' 2 'Not mentioned' -1 "Don't know".
        MISSING VALUES Q1 Q2 Q7 (-2, -1) Q46 (-4 THRU -1).
        SAVE OUTFILE='wvs.sav' /COMPRESSED.
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Scaffold_of_a_pspp_file_loads_as_a_crosswalk_once_wave_and_codebook_are_filled()
    {
        var yaml = await ScaffoldAsync();

        var filled = yaml
            .Replace("wave: \"\"", "wave: \"7\"", StringComparison.Ordinal)
            .Replace("codebook: \"\"", "codebook: \"test codebook\"", StringComparison.Ordinal);
        var crosswalk = CrosswalkLoader.Parse(filled, "wvs.yaml").Crosswalk;

        Assert.Equal("wvs", crosswalk.Source);
        Assert.Equal("B_COUNTRY", crosswalk.Country.Variable);
        Assert.Equal(CountryCodes.ValueLabels, crosswalk.Country.Codes);
        Assert.Equal("W_WEIGHT", crosswalk.Weight);
        Assert.Equal("D_INTERVIEW", crosswalk.RespondentId);
        Assert.Equal(["Q1", "Q2", "Q46", "Q7"], crosswalk.Questions.Select(q => q.Id));
        var happiness = crosswalk.Questions[2];
        Assert.Equal("행복감 (Feeling of happiness)", happiness.Text.En);
        Assert.True(happiness.Ordinal);
        Assert.Equal(["매우 행복", "꽤 행복", "별로 행복하지 않음", "전혀 행복하지 않음"], happiness.Options.Select(o => o.En));
        Assert.Equal([1d, 2, 3, 4], happiness.Options.Select(o => o.Position!.Value));
        Assert.False(crosswalk.Questions[3].Ordinal);
    }

    [Fact]
    public async Task Missing_codes_most_questions_declare_go_to_the_top_with_guessed_meanings()
    {
        var crosswalk = CrosswalkLoader.Parse(
            (await ScaffoldAsync()).Replace("wave: \"\"", "wave: \"7\"", StringComparison.Ordinal).Replace("codebook: \"\"", "codebook: x", StringComparison.Ordinal),
            "wvs.yaml").Crosswalk;

        Assert.Equal([("-2", "refused"), ("-1", "dont_know")], crosswalk.Missing!.Select(m => (m.Code, m.Meaning)));
        // -4 is declared (by a range) only on Q46, so it stays with that question.
        var own = Assert.Single(crosswalk.Questions[2].Missing!);
        Assert.Equal(("-4", "not_asked", "Not asked in survey"), (own.Code, own.Meaning, own.Label));
    }

    [Fact]
    public async Task Scaffold_as_written_is_refused_until_wave_and_codebook_are_filled()
    {
        var yaml = await ScaffoldAsync();

        var error = Assert.Throws<ConfigException>(() => CrosswalkLoader.Parse(yaml, "wvs.yaml"));

        Assert.Equal(["wave", "codebook"], error.Errors.Select(e => e.YamlPath));
    }

    private async Task<string> ScaffoldAsync()
    {
        _dir.Write("make.sps", Syntax);
        await ExternalTool.RunAsync("pspp", _dir.Path, "-O", "format=txt", "-o", "make.log", "make.sps");
        using var survey = SurveyFiles.Open(_dir.File("wvs.sav"));
        return CrosswalkScaffold.Write(survey.Path, survey.Variables);
    }
}
