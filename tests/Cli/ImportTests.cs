namespace ValueAtlas.Cli.Tests;

public sealed class ImportTests
{
    [Fact]
    public async Task ImportValueConsistency_WritesItemsTopicsAndQuarantine_IdenticallyOnRerun()
    {
        using var dir = new TempDirectory();
        string[] args = ["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", dir.Path];

        var first = await CliProcess.RunAsync(args);
        var items = await File.ReadAllBytesAsync(dir.File("items.jsonl"));
        var second = await CliProcess.RunAsync(args);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("imported 8005 items", first.Stderr, StringComparison.Ordinal);
        Assert.Equal(8005, File.ReadLines(dir.File("items.jsonl")).Count());
        Assert.Empty(File.ReadLines(dir.File("quarantine.jsonl")));
        Assert.Equal(items, await File.ReadAllBytesAsync(dir.File("items.jsonl")));
        Assert.Equal(0, second.ExitCode);
    }

    [Fact]
    public async Task ImportWithBadLines_ExitsTwoAndQuarantinesThem()
    {
        using var dir = new TempDirectory();
        dir.Write("in/uncontroversial_german_germany.jsonl", "{\"topic\": 3}\n");

        var result = await CliProcess.RunAsync(["import", "valueconsistency", dir.File("in"), "--out", dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("uncontroversial_german_germany.jsonl:1:", result.Stderr, StringComparison.Ordinal);
        Assert.Single(File.ReadLines(dir.File("out/quarantine.jsonl")));
    }

    [Fact]
    public async Task ImportFromMissingFolder_ExitsTwo()
    {
        var result = await CliProcess.RunAsync(["import", "valueconsistency", "/nonexistent/vc", "--out", "/tmp/unused"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/vc", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportPvq_FromTheFolder_Writes63RowsWithTranslationsLinked()
    {
        using var dir = new TempDirectory();

        var result = await CliProcess.RunAsync(["import", "pvq", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", dir.Path]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("imported 63 portraits from 3 files (42 linked to their English original)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(63, File.ReadLines(dir.File("items.jsonl")).Count());
        Assert.Empty(File.ReadLines(dir.File("quarantine.jsonl")));
    }

    [Fact]
    public async Task ImportPvq_FileNamedWithoutALanguage_ExitsTwo()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("portraits.jsonl", "{}\n");

        var result = await CliProcess.RunAsync(["import", "pvq", file, "--out", dir.File("out")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pvq_{english|chinese|german|japanese|korean}.jsonl", result.Stderr, StringComparison.Ordinal);
    }
}
