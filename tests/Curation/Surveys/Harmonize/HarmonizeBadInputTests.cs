using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Harmonize;
using ValueAtlas.Formats.Tables;
using ValueAtlas.Formats;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>Input harmonize refuses or reports: every refusal names where, and leaves no output.</summary>
public sealed class HarmonizeBadInputTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task CrosswalkVariablesMissingFromFile_AllReportedWithYamlPathLineAndClosestNames()
    {
        await WvsFixture.WriteAsync(_dir);
        var yaml = File.ReadAllText(WvsFixture.Crosswalk("wvs-map.yaml"))
            .Replace("variable: Q46", "variable: Q64", StringComparison.Ordinal)
            .Replace("weight: W_WEIGHT", "weight: W_WEIGTH", StringComparison.Ordinal);
        var crosswalk = _dir.Write("bad.yaml", yaml);

        var error = await Assert.ThrowsAsync<ConfigException>(() => RunAsync(crosswalk, "wvs.sav"));

        Assert.Equal(2, error.Errors.Count);
        var weight = error.Errors[0];
        Assert.Equal("weight", weight.YamlPath);
        Assert.Equal(Line(yaml, "weight: W_WEIGTH"), weight.Line);
        Assert.Contains("variable W_WEIGTH is not in wvs.sav; closest in wvs.sav: W_WEIGHT", weight.Message, StringComparison.Ordinal);
        var question = error.Errors[1];
        Assert.Equal("questions[2].variable", question.YamlPath);
        Assert.Equal(Line(yaml, "variable: Q64"), question.Line);
        Assert.Contains("closest in wvs.sav: Q46, Q1, Q2", question.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("out")));
    }

    [Fact]
    public async Task UnmappedCountryCode_CountedWithItsLabelInReport()
    {
        await WvsFixture.WriteAsync(_dir);

        var summary = await RunAsync(WvsFixture.Crosswalk("wvs-map.yaml"), "wvs.sav");

        Assert.Equal(1, summary.UnmappedCountries);
        var report = File.ReadAllText(_dir.File("out/harmonize.json"));
        Assert.Contains("\"code\": \"999\",\n      \"label\": \"Atlantis\",\n      \"rows\": " + summary.UnmappedCountryRows, report, StringComparison.Ordinal);
        Assert.True(summary.UnmappedCountryRows > 0);
    }

    [Fact]
    public async Task NegativeWeight_StopsWithFileRowAndValue_NoOutput()
    {
        await WvsFixture.WriteAsync(_dir, truncatedRowWeight: "-1.5");

        var error = await Assert.ThrowsAsync<SurveyDataException>(() => RunAsync(WvsFixture.Crosswalk("wvs-map.yaml"), "wvs.sav"));

        Assert.Equal(WvsFixture.Rows, error.Row);
        Assert.Contains($"wvs.sav: row {WvsFixture.Rows}: weight W_WEIGHT is -1.5", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("out")));
        Assert.Empty(Directory.GetDirectories(_dir.Path));
    }

    [Fact]
    public async Task TruncatedSav_FailsWithByteOffset_NoOutput()
    {
        await WvsFixture.WriteAsync(_dir);
        var bytes = File.ReadAllBytes(_dir.File("wvs.sav"));
        File.WriteAllBytes(_dir.File("cut.sav"), bytes[..(bytes.Length - 301)]);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => RunAsync(WvsFixture.Crosswalk("wvs-map.yaml"), "cut.sav"));

        Assert.Contains("cut.sav: at byte ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Offset > 0);
        Assert.False(Directory.Exists(_dir.File("out")));
        Assert.Empty(Directory.GetDirectories(_dir.Path));
    }

    [Fact]
    public async Task UnknownExtension_RefusedNamingTheFile()
    {
        var other = _dir.Write("answers.xlsx", "x");

        var error = await Assert.ThrowsAsync<ConfigException>(() => RunAsync(WvsFixture.Crosswalk("wvs-map.yaml"), other));

        Assert.Contains("answers.xlsx: not a survey file harmonize reads", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameFileTwice_RefusedRatherThanCountedTwice()
    {
        await WvsFixture.WriteAsync(_dir);

        var error = await Assert.ThrowsAsync<ConfigException>(() => Harmonizer.RunAsync(
            new HarmonizeRequest(WvsFixture.Crosswalk("wvs-map.yaml"), [_dir.File("wvs.sav"), _dir.File("./wvs.sav")], _dir.File("out")),
            CountryRegistry.BuiltIn,
            CancellationToken.None));

        Assert.Contains("wvs.sav is given 2 times", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("out")));
    }

    [Fact]
    public async Task RerunIntoSameFolder_LeavesNoTableOfTheEarlierRun()
    {
        await WvsFixture.WriteAsync(_dir);
        var crosswalk = WvsFixture.Crosswalk("wvs-map.yaml");
        await Harmonizer.RunAsync(
            new HarmonizeRequest(crosswalk, [_dir.File("wvs.sav")], _dir.File("out"), Respondents: true, Format: TableFormat.ParquetAndCsv),
            CountryRegistry.BuiltIn,
            CancellationToken.None);
        File.WriteAllText(_dir.File("out/notes.txt"), "mine");

        await RunAsync(crosswalk, "wvs.sav");

        Assert.Equal(
            ["distributions.parquet", "harmonize.json", "notes.txt", "options.parquet", "questions.parquet"],
            Directory.GetFiles(_dir.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static int Line(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(p => p.l.Contains(text, StringComparison.Ordinal)).i + 1;

    private Task<HarmonizeSummary> RunAsync(string crosswalk, string file) =>
        Harmonizer.RunAsync(new HarmonizeRequest(crosswalk, [_dir.File(file)], _dir.File("out")), CountryRegistry.BuiltIn, CancellationToken.None);
}
