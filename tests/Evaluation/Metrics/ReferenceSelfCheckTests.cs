namespace ValueAtlas.Evaluation.Tests.Metrics;

/// <summary>
/// The Python reference the metrics are compared with must itself be right: its self-check holds it to hand-computed
/// and published values (the 0.4645 and 0.5641 random bounds, the jensen-shannon-centroid package's example, every
/// grouping on a hand-built table, a country's similarity to itself, steerability ranks).
/// </summary>
public sealed class ReferenceSelfCheckTests
{
    // Debian's python, where python3-scipy is installed; a python first on PATH (pyenv, venv) may lack scipy.
    private const string Python = "/usr/bin/python3";

    [Fact]
    public async Task CheckReference_Passes_OnHandComputedCases()
    {
        var output = await ExternalTool.RunAsync(Python, RepoRoot.Path, "tools/metrics-reference/check_reference.py");

        Assert.Contains("reference checks passed", output, StringComparison.Ordinal);
    }
}
