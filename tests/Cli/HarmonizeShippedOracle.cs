using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ValueAtlas.Cli.Tests;

/// <summary>
/// DuckDB's answer to "what did Korea answer": SQL over the CSV readstat (pspp-convert for CP949) writes from the
/// fixture, counting the respondents of one country per question variable and option code, weighted and not, over
/// the codes that belong to an option (the valid answers). Nothing of ours reads the data on this side.
/// </summary>
internal static class HarmonizeShippedOracle
{
    public sealed record Share(string Variable, double Code, long N, double Unweighted, double WeightedShare);

    public static async Task<IReadOnlyList<Share>> KoreanSharesAsync(TempDirectory directory, string sav, HarmonizeShippedFixture fixture)
    {
        // readstat refuses CP949 .sav files ("unsupported character set"); pspp-convert reads them, writing a
        // system-missing value as a blank, hence TRY_CAST below.
        var csv = directory.File("fixture.values.csv");
        if (fixture.Encoding == "UTF-8")
        {
            await ExternalTool.RunAsync("readstat", directory.Path, sav, csv);
        }
        else
        {
            await ExternalTool.RunAsync("pspp-convert", directory.Path, "-O", "csv", sav, csv);
        }

        // The option codes of each question, as the oracle's join table.
        var crosswalk = fixture.Crosswalk;
        var options = new StringBuilder("variable,code\n");
        foreach (var question in crosswalk.Questions)
        {
            foreach (var code in question.Options.SelectMany(o => o.Codes))
            {
                options.Append(CultureInfo.InvariantCulture, $"{question.SourceVariable},{code}\n");
            }
        }

        directory.Write("option-codes.csv", options.ToString());
        var weight = crosswalk.Weight is null ? "1" : Column(crosswalk.Weight);
        var variables = string.Join(", ", crosswalk.Questions.Select(q => Column(q.SourceVariable)));
        var sql = $"""
            WITH answers AS (
              UNPIVOT (SELECT {Column(crosswalk.Country.Variable)} AS country__, {weight} AS w__, {variables} FROM t)
              ON COLUMNS(* EXCLUDE (country__, w__)) INTO NAME variable VALUE code),
            codes AS (SELECT variable, CAST(code AS DOUBLE) AS code FROM read_csv('{directory.File("option-codes.csv")}', header = true, all_varchar = true)),
            valid AS (
              SELECT a.variable, TRY_CAST(a.code AS DOUBLE) AS code, CAST(a.w__ AS DOUBLE) AS w
              FROM answers a JOIN codes c ON a.variable = c.variable AND TRY_CAST(a.code AS DOUBLE) = c.code
              WHERE CAST(a.country__ AS DOUBLE) = {fixture.Korea})
            SELECT variable, code, count(*) AS n,
                   count(*) / sum(count(*)) OVER (PARTITION BY variable) AS share,
                   sum(w) / sum(sum(w)) OVER (PARTITION BY variable) AS weighted_share
            FROM valid GROUP BY variable, code ORDER BY variable, code
            """;
        // A missing install must fail loudly, never skip: the oracle is the point of the test.
        Assert.True(
            Directory.Exists(RepoRoot.File("tools", "duckdb-oracle", "node_modules", "@duckdb")),
            "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh (it runs npm install there).");
        var output = await ExternalTool.RunAsync("node", RepoRoot.File("tools", "duckdb-oracle"), "read-csv.mjs", csv, sql);
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(r => new Share(
                r.GetProperty("variable").GetString()!,
                Number(r.GetProperty("code")),
                (long)Number(r.GetProperty("n")),
                Number(r.GetProperty("share")),
                Number(r.GetProperty("weighted_share"))))
            .ToList();
    }

    private static string Column(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static double Number(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number ? value.GetDouble() : double.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
