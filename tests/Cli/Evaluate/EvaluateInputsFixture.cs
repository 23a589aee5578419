namespace ValueAtlas.Cli.Tests.Evaluate;

/// <summary>
/// The inputs the README's commands make, made once for the evaluate tests by the CLI itself: the imported
/// ValueConsistency items, the PVQ-21 items, GlobalOpinionQA's and KoValPlus' harmonized tables.
/// </summary>
public sealed class EvaluateInputsFixture : IAsyncLifetime
{
    private readonly TempDirectory _dir = new();

    public string Items => _dir.File("vc/items.jsonl");

    public string Pvq => _dir.File("pvq/items.jsonl");

    public string Goqa => _dir.File("goqa");

    public string KoValPlus => _dir.File("kovalplus");

    public async Task InitializeAsync()
    {
        string[][] commands =
        [
            ["import", "valueconsistency", RepoRoot.File("datasets", "external", "valueconsistency"), "--out", _dir.File("vc")],
            ["import", "pvq", RepoRoot.File("datasets", "external", "valueconsistency", "pvq_english.jsonl"), "--out", _dir.File("pvq")],
            ["harmonize", "import", "goqa", RepoRoot.File("datasets", "external", "globalopinionqa", "global_opinions_subset.json"), "--out", Goqa],
            ["harmonize", "import", "table", RepoRoot.File("datasets", "external", "kovalplus", "KoValPlus.json"), "--crosswalk", RepoRoot.File("datasets", "surveys", "wvs7.yaml"), "--out", KoValPlus],
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
