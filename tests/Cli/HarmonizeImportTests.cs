using System.Text.Json.Nodes;

namespace ValueAtlas.Cli.Tests;

/// <summary>harmonize import goqa|table as a user runs it: exit codes, what is written, what is refused.</summary>
public sealed class HarmonizeImportTests : IDisposable
{
    private static readonly string Subset = RepoRoot.File("datasets", "external", "globalopinionqa", "global_opinions_subset.json");
    private static readonly string KoValPlus = RepoRoot.File("datasets", "external", "kovalplus", "KoValPlus.json");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Goqa_Subset_WritesTheTablesAndReport()
    {
        var result = await CliProcess.RunAsync(["harmonize", "import", "goqa", Subset, "--out", _dir.File("out"), "--format", "csv"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("4633 rows read: 1301 questions × 107 countries (130 names), 26229 distribution rows", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("9 (question, country) with shares not summing to 1", result.Stdout, StringComparison.Ordinal);
        foreach (var table in new[] { "questions", "options", "distributions" })
        {
            Assert.True(File.Exists(_dir.File($"out/{table}.parquet")), table);
            Assert.True(File.Exists(_dir.File($"out/{table}.csv")), table);
        }

        var report = JsonNode.Parse(File.ReadAllText(_dir.File("out/harmonize.json")))!;
        Assert.Equal(1301, report["questions"]!.GetValue<int>());
        Assert.Equal("KR", report["country_names"]!["S. Korea"]!.GetValue<string>());
        Assert.Equal(9, report["flagged_sums"]!.AsArray().Count);
        Assert.Matches("^[0-9a-f]{64}$", report["input_sha256"]!.GetValue<string>());
    }

    [Fact]
    public async Task Goqa_UnknownCountryName_Exits2ListingIt_AndWritesNothing()
    {
        var input = _dir.Write("rows.json", """
            [{"country": "Japan", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]},
             {"country": "Atlantis", "question": "Q?", "options": ["Yes", "No"], "distribution": [0.5, 0.5]}]
            """);

        var result = await CliProcess.RunAsync(["harmonize", "import", "goqa", input, "--out", _dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\"Atlantis\" (1 entry, first at row 2", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.File("out")) && Directory.EnumerateFileSystemEntries(_dir.File("out")).Any());
    }

    [Fact]
    public async Task Goqa_MalformedRepr_Exits2NamingRowAndOffset()
    {
        var input = _dir.Write("original.csv", "question,selections,options,source\n\"Q?\",\"defaultdict(<class 'list'>, {'Japan': [0.5, 0.5}\",\"['Yes', 'No']\",GAS\n");

        var result = await CliProcess.RunAsync(["harmonize", "import", "goqa", input, "--out", _dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at byte 35: row 1, column selections, character 47: ',' or ']', found '}'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_KoValPlus_IsDetectedAndImported()
    {
        var result = await CliProcess.RunAsync(["harmonize", "import", "table", KoValPlus, "--out", _dir.File("out")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("95 rows read: 95 questions × 1 countries", result.Stdout, StringComparison.Ordinal);
        var report = JsonNode.Parse(File.ReadAllText(_dir.File("out/harmonize.json")))!;
        Assert.Equal("kovalplus", report["source"]!.GetValue<string>());
    }

    [Fact]
    public async Task Table_CsvWithoutSource_Exits2SayingSo()
    {
        var input = _dir.Write("t.csv", "question,country,option,count\nQ1,KR,Yes,1\n");

        var result = await CliProcess.RunAsync(["harmonize", "import", "table", input, "--out", _dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--source", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_SaysWhatIsReadAndWritten()
    {
        var result = await CliProcess.RunAsync(["harmonize", "import", "goqa", "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("distributions.parquet", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("defaultdict", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC-SA 4.0", result.Stdout, StringComparison.Ordinal);
    }
}
