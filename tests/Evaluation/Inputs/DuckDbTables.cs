namespace ValueAtlas.Evaluation.Tests.Inputs;

/// <summary>
/// Writes Parquet with DuckDB (tools/duckdb-oracle), so the survey fixtures come from a writer that is not ours, and
/// reads ours back with it.
/// </summary>
internal static class DuckDbTables
{
    private static string ToolFolder => RepoRoot.File("tools", "duckdb-oracle");

    /// <summary>The rows DuckDB reads from <paramref name="file"/> (SQL over the view t), as JSON objects.</summary>
    public static async Task<System.Text.Json.JsonElement[]> QueryAsync(string file, string sql)
    {
        Assert.True(
            Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        var output = await ExternalTool.RunAsync("node", ToolFolder, "read-parquet.mjs", file, sql);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        return [.. document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone())];
    }

    public static Task WriteAsync(string file, string sql)
    {
        // A missing install must fail loudly, never skip: scripts/setup.sh installs it.
        Assert.True(
            Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        return ExternalTool.RunAsync("node", ToolFolder, "read-parquet.mjs", "--write", file, "snappy", sql);
    }
}
