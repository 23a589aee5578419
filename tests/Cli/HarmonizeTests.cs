using System.Text.Json;

namespace ValueAtlas.Cli.Tests;

/// <summary>valueatlas harmonize as a user runs it: a pspp-made WVS-shaped file, the tables, the summary, the refusals.</summary>
public sealed class HarmonizeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Crosswalk => RepoRoot.File("tests", "Curation", "Surveys", "Harmonize", "Crosswalks", "wvs-map.yaml");

    [Fact]
    public async Task Harmonize_WvsFile_WritesTablesDuckDbReads_AndPrintsSummary()
    {
        await FixtureAsync("1.5");

        var result = await CliProcess.RunAsync(["harmonize", "--crosswalk", Crosswalk, "--in", _dir.File("wvs.sav"), "--out", _dir.File("out"), "--format", "csv"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("6 rows read: 3 questions × 3 countries", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 country codes (1 rows) mapping to no country", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 (question, country, code) with codes no option covers", result.Stdout, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(_dir.File("out"), "harmonize.json"), result.Stdout, StringComparison.Ordinal);
        Assert.Equal(
            ["distributions.csv", "distributions.parquet", "harmonize.json", "options.csv", "options.parquet", "questions.csv", "questions.parquet"],
            Directory.GetFiles(_dir.File("out")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var duck = await ExternalTool.RunAsync(
            "node", RepoRoot.File("tools", "duckdb-oracle"), "read-parquet.mjs", _dir.File("out/distributions.parquet"),
            "SELECT share FROM t WHERE country = 'KR' AND question_id = 'wvs7:Q1' AND option_code = '1'");
        using var rows = JsonDocument.Parse(duck);
        Assert.Equal(0.5, rows.RootElement.GetProperty("rows")[0].GetProperty("share").GetDouble());
    }

    [Fact]
    public async Task NegativeWeight_Exit2NamingTheRow_NothingWritten()
    {
        await FixtureAsync("-1");

        var result = await CliProcess.RunAsync(["harmonize", "--crosswalk", Crosswalk, "--in", _dir.File("wvs.sav"), "--out", _dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("wvs.sav: row 6: weight W_WEIGHT is -1", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("out")));
        Assert.Empty(Directory.GetDirectories(_dir.Path));
    }

    [Fact]
    public async Task TruncatedSav_Exit2WithByteOffset_NothingWritten()
    {
        await FixtureAsync("1.5");
        var bytes = File.ReadAllBytes(_dir.File("wvs.sav"));
        File.WriteAllBytes(_dir.File("cut.sav"), bytes[..(bytes.Length - 20)]);
        Directory.CreateDirectory(_dir.File("out"));

        var result = await CliProcess.RunAsync(["harmonize", "--crosswalk", Crosswalk, "--in", _dir.File("cut.sav"), "--out", _dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cut.sav: at byte ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_dir.File("out")));
        Assert.Equal([_dir.File("out")], Directory.GetDirectories(_dir.Path));
    }

    [Fact]
    public async Task MissingOptionsOrUnknownFormat_Exit2Usage()
    {
        var none = await CliProcess.RunAsync(["harmonize", "--in", _dir.Write("a.sav", "")]);
        var xlsx = await CliProcess.RunAsync(["harmonize", "--crosswalk", Crosswalk, "--in", _dir.Write("a.xlsx", ""), "--out", _dir.File("out")]);

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("harmonize needs --crosswalk FILE, --out DIR", none.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, xlsx.ExitCode);
        Assert.Contains("a.xlsx: harmonize reads .sav, .zsav, .csv, .dta files", xlsx.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_NamesEveryTableAndTheExitCodes_ScaffoldIsASubcommand()
    {
        var help = await CliProcess.RunAsync(["harmonize", "--help"]);
        await FixtureAsync("1");
        var scaffold = await CliProcess.RunAsync(["harmonize", "scaffold", _dir.File("wvs.sav")]);

        Assert.Equal(0, help.ExitCode);
        foreach (var text in new[] { "questions.parquet", "options.parquet", "distributions.parquet", "respondents.parquet", "harmonize.json", "Exit codes: 0 ok, 2 bad input", "scaffold" })
        {
            Assert.Contains(text, help.Stdout, StringComparison.Ordinal);
        }

        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        Assert.Contains("variable: \"B_COUNTRY\"", scaffold.Stdout, StringComparison.Ordinal);
    }

    private async Task FixtureAsync(string lastWeight)
    {
        _dir.Write("make.sps", $"""
            SET LOCALE='UTF-8'.
            DATA LIST LIST /B_COUNTRY (F3.0) D_INTERVIEW (F9.0) W_WEIGHT (F8.4) Q1 (F2.0) Q2 (F2.0) Q46 (F2.0).
            BEGIN DATA.
            410 1 1.25 1 2 3
            410 2 0.5 2 -1 -4
            410 3 0 -2 8 5
            840 4 1.1 3 1 -5
            999 5 1 1 1 1
            392 6 {lastWeight} 7 . 1
            END DATA.
            VALUE LABELS B_COUNTRY 410 'South Korea' 840 'United States' 392 'Japan' 999 'Atlantis'
              /Q1 1 '매우 중요' 2 '중요' 7 '코드북에 없음' -2 '무응답'.
            MISSING VALUES Q1 Q2 (-2, -1) Q46 (-5 THRU -1).
            SAVE OUTFILE='wvs.sav' /COMPRESSED.
            """);
        await ExternalTool.RunAsync("pspp", _dir.Path, "-O", "format=txt", "-o", "make.log", "make.sps");
    }
}
