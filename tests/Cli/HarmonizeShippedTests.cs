using System.Globalization;

namespace ValueAtlas.Cli.Tests;

/// <summary>
/// Each shipped crosswalk runs through <c>valueatlas harmonize</c> on a pspp-made file of its source's layout, and
/// Korea's shares per question and option equal DuckDB's over readstat's CSV of the same file.
/// </summary>
public sealed class HarmonizeShippedTests
{
    public static TheoryData<string> Sources() => new(Fixtures.Keys.Order(StringComparer.Ordinal));

    private static readonly Dictionary<string, HarmonizeShippedFixture> Fixtures = new(StringComparer.Ordinal)
    {
        // WVS-7: ISO numeric B_COUNTRY, missing -5..-1 declared in the file as they are in the WVS release.
        ["wvs7"] = new("wvs7.yaml", [(410, "South Korea"), (840, "United States"), (276, "Germany")], 410, "-5 THRU -1"),

        // The same layout with its Korean value labels in CP949, as Korean-made files often are.
        ["wvs7-cp949"] = new("wvs7.yaml", [(410, "대한민국"), (840, "미국"), (276, "독일")], 410, "-5 THRU -1", "CP949"),
        ["pew-global-2019"] = new("pew-global-2019.yaml", [(27, "South Korea"), (34, "United States"), (5, "Canada")], 27, ""),
        ["issp-2020-environment"] = new("issp-2020-environment.yaml", [(410, "KR-Korea (South)"), (840, "US-United States"), (276, "DE-Germany")], 410, "-9 THRU -1"),
        ["abs-w5"] = new("abs-w5.yaml", [(3, "Korea"), (4, "China"), (1, "Japan")], 3, "-1"),
    };

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Shipped_crosswalk_korean_shares_equal_duckdb_over_readstat_csv(string fixtureName)
    {
        using var dir = new TempDirectory();
        var fixture = Fixtures[fixtureName];
        var sav = await fixture.WriteAsync(dir, seed: 20260901);

        var result = await CliProcess.RunAsync(
            ["harmonize", "--crosswalk", RepoRoot.File("datasets", "surveys", fixture.CrosswalkFile), "--in", sav, "--out", dir.File("out"), "--format", "csv"]);
        var expected = await HarmonizeShippedOracle.KoreanSharesAsync(dir, sav, fixture);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = CsvRows.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "distributions.csv")));
        var header = rows[0].Select(h => h!).ToList();
        int Col(string name) => header.IndexOf(name);
        var ours = rows.Skip(1)
            .Where(r => r[Col("country")] == "KR" && r[Col("is_missing")] == "false")
            .ToDictionary(
                r => (r[Col("question_id")]!, double.Parse(r[Col("option_code")]!, CultureInfo.InvariantCulture)),
                r => (N: long.Parse(r[Col("n")]!, CultureInfo.InvariantCulture), Share: Parse(r[Col("share")]), Weighted: Parse(r[Col("weighted_share")])));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, ours.Count(o => o.Value.N > 0));
        foreach (var share in expected)
        {
            var key = ($"{fixture.Crosswalk.Source}:{share.Variable}", share.Code);
            Assert.True(ours.TryGetValue(key, out var mine), $"{key} missing from distributions.csv");
            Assert.Equal(share.N, mine.N);
            Assert.Equal(share.Unweighted, mine.Share, 9);
            Assert.Equal(share.WeightedShare, mine.Weighted, 9);
        }
    }

    [Fact]
    public async Task Wvs7_questions_table_carries_the_kovalplus_korean_wording_in_utf8()
    {
        using var dir = new TempDirectory();
        var fixture = Fixtures["wvs7"];
        var sav = await fixture.WriteAsync(dir, seed: 7);

        var result = await CliProcess.RunAsync(
            ["harmonize", "--crosswalk", RepoRoot.File("datasets", "surveys", fixture.CrosswalkFile), "--in", sav, "--out", dir.File("out"), "--format", "csv"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = CsvRows.Parse(File.ReadAllText(Path.Combine(dir.File("out"), "questions.csv")));
        var header = rows[0].Select(h => h!).ToList();
        var korean = rows.Skip(1).Where(r => !string.IsNullOrEmpty(r[header.IndexOf("text_ko")])).ToList();
        Assert.Equal(92, korean.Count); // KoValPlus's 95 but Q256, Q257, Q259 (worded as agreement, options are closeness)
        Assert.All(korean, r => Assert.Equal("machine_translation", r[header.IndexOf("text_ko_origin")]));
        var q46 = korean.Single(r => r[header.IndexOf("question_id")] == "wvs7:Q46");
        Assert.Equal("모든 것을 종합적으로 고려할 때, 당신은 다음 중 어느 것에 해당하나요?", q46[header.IndexOf("text_ko")]);
    }

    private static double Parse(string? text) => double.Parse(text!, CultureInfo.InvariantCulture);
}
