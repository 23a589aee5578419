namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary>
/// The inputs the README's commands make, made once by the CLI itself: the imported ValueConsistency items and
/// GlobalOpinionQA's harmonized tables.
/// </summary>
public sealed class MetricsInputsFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public string Items => _dir.File("vc/items.jsonl");

    public string Goqa => _dir.File("goqa");

    public async Task InitializeAsync()
    {
        string[][] commands =
        [
            ["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", _dir.File("vc")],
            ["harmonize", "import", "goqa", RepoRoot.File("datasets", "external", "globalopinionqa", "global_opinions_subset.json"), "--out", Goqa],
        ];
        foreach (var result in await Task.WhenAll(commands.Select(c => CliProcess.RunAsync(c, workingDirectory: RepoRoot.Path))))
        {
            Assert.True(result.ExitCode == 0, result.ToString());
        }
    }

    public Task DisposeAsync()
    {
        _dir.Dispose();
        return Task.CompletedTask;
    }
}
