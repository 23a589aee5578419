using System.Text.Json;

namespace ValueAtlas.Formats.Tests.Parquet;

/// <summary>Runs tools/duckdb-oracle/read-parquet.mjs: DuckDB as an independent Parquet reader and writer.</summary>
internal static class DuckDbOracle
{
    private static string ToolFolder => RepoRoot.File("tools", "duckdb-oracle");

    /// <summary>The rows DuckDB reads, as JSON objects (BIGINT as strings, DATE as "yyyy-MM-dd", NULL as null).</summary>
    public static async Task<JsonElement[]> QueryAsync(string file, string? sql = null)
    {
        var args = new List<string> { "read-parquet.mjs", file };
        if (sql is not null)
        {
            args.Add(sql);
        }

        var output = await RunAsync(args);
        using var document = JsonDocument.Parse(output);
        return document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToArray();
    }

    public static Task WriteAsync(string file, string codec, string sql, string version = "V1") =>
        RunAsync(["read-parquet.mjs", "--write", file, codec, sql, version]);

    private static async Task<string> RunAsync(IEnumerable<string> args)
    {
        // A missing install must fail loudly: a skipped oracle would let the writer drift from what other tools read.
        Assert.True(
            Directory.Exists(Path.Combine(ToolFolder, "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        return await ExternalTool.RunAsync("node", ToolFolder, [.. args]);
    }
}
