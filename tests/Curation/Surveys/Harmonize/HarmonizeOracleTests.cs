using System.Globalization;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Harmonize;
using ValueAtlas.Curation.Surveys.Tables;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>Harmonized distributions of a pspp-made WVS-shaped file against DuckDB SQL over readstat's CSV of it.</summary>
public sealed class HarmonizeOracleTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("wvs.sav")]
    [InlineData("wvs.zsav")]
    [InlineData("wvs.csv")]
    [InlineData("wvs.dta")]
    public async Task Distributions_AnyFileFormat_EqualDuckDbOverReadstatCsv(string file)
    {
        await WvsFixture.WriteAsync(_dir);

        var rows = await HarmonizeAsync("wvs-map.yaml", [file]);
        var expected = await DistributionOracle.QueryAsync(_dir.File("wvs.csv"));

        Assert.Equal(expected.Count, rows.Count(r => r.N > 0));
        Assert.All(rows.Where(r => r.N == 0), r => Assert.False(r.IsMissing));
        foreach (var e in expected)
        {
            var ours = Assert.Single(rows, r => r.Country == e.Country && r.QuestionId == e.QuestionId && (e.Option is not null
                ? r.OptionCode == e.Option && !r.IsMissing
                : r.IsMissing && (e.Code is { } code ? r.OptionCode is not null && double.Parse(r.OptionCode, CultureInfo.InvariantCulture) == code : r.OptionCode is null)));
            var where = $"{e.Country} {e.QuestionId} {e.Option ?? e.Code?.ToString(CultureInfo.InvariantCulture) ?? "sysmis"}";
            Close(e.N, ours.N, where + " n");
            Close(e.WeightedN, ours.WeightedN, where + " weighted_n");
            Close(e.Share, ours.Share, where + " share");
            Close(e.WeightedShare, ours.WeightedShare, where + " weighted_share");
            Close(e.ValidN, ours.ValidN, where + " valid_n");
            Close(e.TotalN, ours.TotalN, where + " total_n");
            Close(e.EffectiveN, ours.EffectiveN, where + " effective_n");
        }
    }

    [Fact]
    public async Task Countries_ByValueLabelsWithMapForOneCode_SameAsByMap()
    {
        await WvsFixture.WriteAsync(_dir);

        await HarmonizeAsync("wvs-map.yaml", ["wvs.sav"], "by-map");
        await HarmonizeAsync("wvs-labels.yaml", ["wvs.sav"], "by-labels");

        Assert.Equal(File.ReadAllText(_dir.File("by-map/distributions.csv")), File.ReadAllText(_dir.File("by-labels/distributions.csv")));
        Assert.Contains("JP", File.ReadAllText(_dir.File("by-labels/distributions.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cp949Sav_SameDistributionsAsUtf8Sav()
    {
        using var cp949 = new TempDirectory();
        await WvsFixture.WriteAsync(_dir);
        await WvsFixture.WriteAsync(cp949, locale: "CP949");

        await HarmonizeAsync("wvs-map.yaml", ["wvs.sav"], "utf8");
        await Harmonizer.RunAsync(
            new HarmonizeRequest(WvsFixture.Crosswalk("wvs-map.yaml"), [cp949.File("wvs.sav")], _dir.File("cp949"), Format: TableFormat.ParquetAndCsv),
            CountryRegistry.BuiltIn,
            CancellationToken.None);

        var distributions = File.ReadAllText(_dir.File("cp949/distributions.csv"));
        Assert.Equal(File.ReadAllText(_dir.File("utf8/distributions.csv")), distributions);
        Assert.Contains("코드북에 없음", distributions, StringComparison.Ordinal);
        Assert.Contains("\"label\": \"코드북에 없음\"", File.ReadAllText(_dir.File("cp949/harmonize.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralInputs_CountedTogether_SameAsOneFile()
    {
        await WvsFixture.WriteAsync(_dir);
        var lines = File.ReadAllLines(_dir.File("wvs.csv"));
        File.WriteAllLines(_dir.File("a.csv"), lines[..250]);
        File.WriteAllLines(_dir.File("b.csv"), [lines[0], .. lines[250..]]);

        await HarmonizeAsync("wvs-map.yaml", ["wvs.csv"], "one");
        await HarmonizeAsync("wvs-map.yaml", ["a.csv", "b.csv"], "two");

        Assert.Equal(File.ReadAllText(_dir.File("one/distributions.csv")), File.ReadAllText(_dir.File("two/distributions.csv")));
    }

    private static void Close(double? expected, double? actual, string what)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{what}: DuckDB {expected}, ours {actual}");
            return;
        }

        var scale = Math.Max(Math.Abs(expected.Value), Math.Abs(actual.Value));
        Assert.True(Math.Abs(expected.Value - actual.Value) <= 1e-12 * scale, $"{what}: DuckDB {expected:R}, ours {actual:R}");
    }

    private async Task<List<DistributionRow>> HarmonizeAsync(string crosswalk, string[] files, string output = "out")
    {
        await Harmonizer.RunAsync(
            new HarmonizeRequest(WvsFixture.Crosswalk(crosswalk), [.. files.Select(_dir.File)], _dir.File(output), Format: TableFormat.ParquetAndCsv),
            CountryRegistry.BuiltIn,
            CancellationToken.None);
        return DistributionsCsv.Read(_dir.File(Path.Combine(output, "distributions.csv")));
    }
}
