using System.Globalization;
using System.Text.Json;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>
/// The distributions of the WVS fixture computed by DuckDB SQL over readstat's CSV of the same .sav, with the recode of
/// Crosswalks/wvs-map.yaml written out by hand: an independent reading of datasets/surveys/README.md's rules.
/// </summary>
internal static class DistributionOracle
{
    private const string Sql = """
        WITH r AS (
          SELECT CASE CAST(B_COUNTRY AS DOUBLE) WHEN 410 THEN 'KR' WHEN 840 THEN 'US' WHEN 392 THEN 'JP' WHEN 276 THEN 'DE' END AS country,
                 COALESCE(CAST(NULLIF(W_WEIGHT, '') AS DOUBLE), 0) AS w,
                 CAST(NULLIF(Q1, '') AS DOUBLE) AS Q1, CAST(NULLIF(Q2, '') AS DOUBLE) AS Q2, CAST(NULLIF(Q46, '') AS DOUBLE) AS Q46
          FROM t),
        long AS (
          SELECT country, w, 'wvs7:Q1' AS q, Q1 AS code FROM r WHERE country IS NOT NULL
          UNION ALL SELECT country, w, 'wvs7:Q2', Q2 FROM r WHERE country IS NOT NULL
          UNION ALL SELECT country, w, 'wvs7:HAPPY', Q46 FROM r WHERE country IS NOT NULL),
        m(q, code, opt) AS (VALUES
          ('wvs7:Q1', 1.0, '1'), ('wvs7:Q1', 2.0, '2'), ('wvs7:Q1', 3.0, '3'), ('wvs7:Q1', 4.0, '4'),
          ('wvs7:Q2', 1.0, '1|2'), ('wvs7:Q2', 2.0, '1|2'), ('wvs7:Q2', 3.0, '3|4'), ('wvs7:Q2', 4.0, '3|4'),
          ('wvs7:HAPPY', 1.0, '1'), ('wvs7:HAPPY', 2.0, '2'), ('wvs7:HAPPY', 3.0, '3')),
        x AS (
          SELECT l.country, l.q, l.w, l.code, m.opt
          FROM long l LEFT JOIN m ON m.q = l.q AND m.code = l.code
          WHERE NOT (l.q = 'wvs7:HAPPY' AND l.code IS NOT DISTINCT FROM 5)),
        tot AS (
          SELECT country, q, COUNT(*) AS total_n, SUM(w) AS total_w, COUNT(opt) AS valid_n,
                 SUM(w) FILTER (WHERE opt IS NOT NULL) AS valid_w, SUM(w * w) FILTER (WHERE opt IS NOT NULL) AS valid_w2
          FROM x GROUP BY country, q),
        g AS (
          SELECT country, q, opt, CASE WHEN opt IS NULL THEN code END AS code, COUNT(*) AS n, SUM(w) AS wn
          FROM x GROUP BY country, q, opt, CASE WHEN opt IS NULL THEN code END)
        SELECT g.country, g.q, g.opt, g.code, CAST(g.n AS DOUBLE) AS n, g.wn,
               g.n / CASE WHEN g.opt IS NULL THEN tot.total_n ELSE tot.valid_n END AS share,
               g.wn / NULLIF(CASE WHEN g.opt IS NULL THEN tot.total_w ELSE tot.valid_w END, 0) AS wshare,
               CAST(tot.valid_n AS DOUBLE) AS valid_n, CAST(tot.total_n AS DOUBLE) AS total_n,
               tot.valid_w * tot.valid_w / NULLIF(tot.valid_w2, 0) AS effective_n
        FROM g JOIN tot USING (country, q)
        WHERE tot.valid_n > 0
        ORDER BY ALL
        """;

    public static async Task<List<Expected>> QueryAsync(string csv)
    {
        var folder = RepoRoot.File("tools", "duckdb-oracle");
        Assert.True(Directory.Exists(Path.Combine(folder, "node_modules", "@duckdb")), "tools/duckdb-oracle/node_modules is missing: run scripts/setup.sh");
        var output = await ExternalTool.RunAsync("node", folder, "read-csv.mjs", csv, Sql);
        using var document = JsonDocument.Parse(output);
        return [.. document.RootElement.GetProperty("rows").EnumerateArray().Select(r => new Expected(
            r.GetProperty("country").GetString()!,
            r.GetProperty("q").GetString()!,
            r.GetProperty("opt").ValueKind == JsonValueKind.Null ? null : r.GetProperty("opt").GetString(),
            Number(r.GetProperty("code")),
            Number(r.GetProperty("n"))!.Value,
            Number(r.GetProperty("wn"))!.Value,
            Number(r.GetProperty("share"))!.Value,
            Number(r.GetProperty("wshare")),
            Number(r.GetProperty("valid_n"))!.Value,
            Number(r.GetProperty("total_n"))!.Value,
            Number(r.GetProperty("effective_n"))))];
    }

    private static double? Number(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Number => element.GetDouble(),
        _ => double.Parse(element.GetString()!, CultureInfo.InvariantCulture),
    };

    /// <summary>One row DuckDB computes: an option (Option = its codes) or a missing code (Code; null for system-missing).</summary>
    internal sealed record Expected(
        string Country, string QuestionId, string? Option, double? Code, double N, double WeightedN, double Share, double? WeightedShare, double ValidN, double TotalN, double? EffectiveN);
}
