namespace ValueAtlas.Evaluation.Tests.Inputs;

/// <summary>Writes Parquet with DuckDB (tools/duckdb-oracle), so the survey fixtures come from a writer that is not ours.</summary>
internal static class DuckDbTables
{
    private static string ToolFolder => RepoRoot.File("tools", "duckdb-oracle");

    public static Task WriteAsync(string file, string sql)
    {
        // A missing install must fail loudly, never skip: scripts/setup.sh installs it.
        Assert.True(
            Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        return ExternalTool.RunAsync("node", ToolFolder, "read-parquet.mjs", "--write", file, "snappy", sql);
    }
}
