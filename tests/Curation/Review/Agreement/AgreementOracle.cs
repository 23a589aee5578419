using System.Text.Json;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>
/// Runs the oracle with Debian's python (/usr/bin/python3), where python3-statsmodels and python3-nltk are installed;
/// a python found first on PATH (pyenv, venv) would not have them.
/// </summary>
internal static class AgreementOracle
{
    private const string Python = "/usr/bin/python3";

    public static async Task<OracleResult> RunAsync(string longCsv)
    {
        var script = RepoRoot.File("tools", "agreement-oracle", "oracle.py");
        var json = await ExternalTool.RunAsync(Python, Path.GetDirectoryName(longCsv)!, script, longCsv);
        return JsonSerializer.Deserialize<OracleResult>(json) ?? throw new InvalidOperationException("the oracle printed null");
    }
}
