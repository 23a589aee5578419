using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Harmonize;
using ValueAtlas.Curation.Surveys.Tables;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>What each non-option code becomes: crosswalk missing, declared in the file, system-missing, unmapped, dropped.</summary>
public sealed class HarmonizeMeaningsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task MissingCodes_ClassifiedCrosswalkFirstThenFileThenUnmapped()
    {
        var rows = await HarmonizeAsync();

        var kr = rows.Where(r => r.Country == "KR").ToList();
        Assert.All(kr.Where(r => r.QuestionId == "wvs7:Q1" && r.OptionCode == "-1"), r => Assert.Equal((MissingMeanings.DontKnow, "Don't know"), (r.MissingMeaning, r.OptionText)));
        Assert.All(kr.Where(r => r.QuestionId == "wvs7:Q1" && r.OptionCode == "-2"), r => Assert.Equal((MissingMeanings.Refused, "무응답"), (r.MissingMeaning, r.OptionText)));
        Assert.Contains(kr, r => r.QuestionId == "wvs7:Q1" && r.OptionCode == "-5" && r.MissingMeaning == MissingMeanings.Declared && r.OptionText == "기타 누락");
        Assert.Contains(kr, r => r.QuestionId == "wvs7:Q1" && r.OptionCode == "7" && r.MissingMeaning == MissingMeanings.Unmapped && r.OptionText == "코드북에 없음");
        Assert.Contains(kr, r => r.QuestionId == "wvs7:Q2" && r.OptionCode == "-3" && r.MissingMeaning == MissingMeanings.Declared);
        Assert.Contains(kr, r => r.QuestionId == "wvs7:Q2" && r.OptionCode == "8" && r.MissingMeaning == MissingMeanings.DontKnow);
        Assert.Contains(kr, r => r.QuestionId == "wvs7:Q2" && r.OptionCode is null && r.MissingMeaning == MissingMeanings.SystemMissing);
        Assert.DoesNotContain(kr, r => r.QuestionId == "wvs7:HAPPY" && r.OptionCode == "5");
        Assert.Equal(["1|2", "3|4"], kr.Where(r => r.QuestionId == "wvs7:Q2" && !r.IsMissing).Select(r => r.OptionCode));
    }

    [Fact]
    public async Task QuestionNotAskedInACountry_NoRows_ListedInReport()
    {
        var rows = await HarmonizeAsync();

        Assert.DoesNotContain(rows, r => r.Country == "JP" && r.QuestionId == "wvs7:HAPPY");
        Assert.Contains(rows, r => r.Country == "JP" && r.QuestionId == "wvs7:Q1");
        Assert.Contains("\"not_asked\": [\n    {\n      \"question_id\": \"wvs7:HAPPY\",\n      \"country\": \"JP\"\n    }\n  ]", File.ReadAllText(_dir.File("out/harmonize.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CountriesOption_KeepsOnlyThose_CountsTheRest()
    {
        var rows = await HarmonizeAsync(["kor", "US"]);

        Assert.Equal(["KR", "US"], rows.Select(r => r.Country).Distinct().Order());
        var report = File.ReadAllText(_dir.File("out/harmonize.json"));
        Assert.Contains("\"countries_selected\": [\n    \"KR\",\n    \"US\"\n  ]", report, StringComparison.Ordinal);
        Assert.DoesNotContain("\"rows_outside_countries\": 0,", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weights_ZeroAndSystemMissing_CountedWithWeightZeroAndReported()
    {
        await HarmonizeAsync();

        var report = File.ReadAllText(_dir.File("out/harmonize.json"));
        var missing = System.Text.RegularExpressions.Regex.Matches(report, "\"missing\": (\\d+),\n      \"zero\": (\\d+)");
        Assert.Equal(1, missing.Sum(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(2, missing.Sum(m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Respondents_OneRowPerKeptRespondentAndQuestion_DroppedLeftOut()
    {
        await WvsFixture.WriteAsync(_dir);

        var summary = await Harmonizer.RunAsync(
            new HarmonizeRequest(WvsFixture.Crosswalk("wvs-map.yaml"), [_dir.File("wvs.sav")], _dir.File("out"), Respondents: true, Format: TableFormat.ParquetAndCsv),
            CountryRegistry.BuiltIn,
            CancellationToken.None);

        var respondents = CsvRows.Parse(File.ReadAllText(_dir.File("out/respondents.csv")));
        var distributions = DistributionsCsv.Read(_dir.File("out/distributions.csv"));
        Assert.Equal(summary.RespondentRows, respondents.Count - 1);
        Assert.Equal(distributions.Where(r => r.IsMissing || r.N > 0).GroupBy(r => (r.Country, r.QuestionId)).Sum(g => g.First().TotalN!.Value), summary.RespondentRows - NotAskedRows(respondents));
        Assert.Contains(respondents, r => r[3] == "100001");
    }

    private static long NotAskedRows(List<string?[]> respondents) => respondents.Count(r => r[2] == "JP" && r[4] == "wvs7:HAPPY");

    private async Task<List<DistributionRow>> HarmonizeAsync(string[]? countries = null)
    {
        await WvsFixture.WriteAsync(_dir);
        await Harmonizer.RunAsync(
            new HarmonizeRequest(WvsFixture.Crosswalk("wvs-map.yaml"), [_dir.File("wvs.sav")], _dir.File("out"), countries, Format: TableFormat.ParquetAndCsv),
            CountryRegistry.BuiltIn,
            CancellationToken.None);
        return DistributionsCsv.Read(_dir.File("out/distributions.csv"));
    }
}
