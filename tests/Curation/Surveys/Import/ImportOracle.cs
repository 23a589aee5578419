using System.Text.Json;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

/// <summary>DuckDB (tools/duckdb-oracle/read-parquet.mjs) and Python as independent readers of the import's input and output.</summary>
internal static class ImportOracle
{
    private static string ToolFolder => RepoRoot.File("tools", "duckdb-oracle");

    /// <summary>Rows of SQL run by DuckDB, with the view t over the Parquet file (BIGINT as strings, NULL as null).</summary>
    public static async Task<JsonElement[]> DuckDbAsync(string parquet, string sql)
    {
        // A missing install must fail loudly: a skipped oracle would let the import drift from what other tools read.
        Assert.True(
            Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        var output = await ExternalTool.RunAsync("node", ToolFolder, "read-parquet.mjs", parquet, sql);
        using var document = JsonDocument.Parse(output);
        return [.. document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone())];
    }

    /// <summary>What a Python 3 script prints to standard output.</summary>
    public static Task<string> PythonAsync(string workingDirectory, string script) =>
        ExternalTool.RunAsync("python3", workingDirectory, "-c", script);

    public static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
}
