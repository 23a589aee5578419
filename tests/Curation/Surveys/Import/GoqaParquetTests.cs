using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Import;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

/// <summary>The subset's import written as Parquet, read back by DuckDB and compared with DuckDB's own reading of the JSON.</summary>
public sealed class GoqaParquetTests : IDisposable
{
    private static readonly string Subset = RepoRoot.File("datasets", "external", "globalopinionqa", "global_opinions_subset.json");

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task SubsetParquet_ReadByDuckDb_HoldsEveryShareOfTheJsonExactly()
    {
        var tables = DistributionImport.Build(GoqaJsonReader.Read(Subset), CountryRegistry.BuiltIn);
        await DistributionImport.WriteAsync(tables, _dir.Path, TableFormat.Parquet, CancellationToken.None);
        var names = string.Join(", ", tables.Report.CountryNames.Select(n => $"({ImportOracle.Quote(n.Key)}, {ImportOracle.Quote(n.Value)})"));

        // DuckDB unnests the JSON's shares with their positions; ours are joined to their question text. Every row must
        // be in both, with the same share to the last bit (country names through the report's mapping, qualifiers by regex).
        var sql = $"""
            WITH names(name, iso) AS (VALUES {names}),
            theirs AS (
              SELECT s.question, n.iso AS country, nullif(regexp_extract(s.country, '\(([^()]*)\)$', 1), '') AS sample,
                     unnest(s.distribution) AS share, generate_subscripts(s.distribution, 1) - 1 AS option_index
              FROM read_json({ImportOracle.Quote(Subset)}) s JOIN names n ON n.name = s.country),
            ours AS (
              SELECT q.text_en AS question, d.country, d.sample, d.share, d.option_index
              FROM t d JOIN read_parquet({ImportOracle.Quote(_dir.File("questions.parquet"))}) q USING (question_id))
            SELECT (SELECT count(*) FROM theirs) AS theirs,
                   (SELECT count(*) FROM ours) AS ours,
                   (SELECT count(*) FROM (SELECT * FROM theirs EXCEPT ALL SELECT * FROM ours)) AS missing,
                   (SELECT count(*) FROM (SELECT * FROM ours EXCEPT ALL SELECT * FROM theirs)) AS extra,
                   (SELECT count(DISTINCT question_id) FROM t) AS questions,
                   (SELECT count(*) FROM t WHERE share_sum_off) AS flagged
            """;
        var row = Assert.Single(await ImportOracle.DuckDbAsync(_dir.File("distributions.parquet"), sql));

        Assert.Equal("26229", row.GetProperty("theirs").GetString());
        Assert.Equal("26229", row.GetProperty("ours").GetString());
        Assert.Equal("0", row.GetProperty("missing").GetString());
        Assert.Equal("0", row.GetProperty("extra").GetString());
        Assert.Equal("1301", row.GetProperty("questions").GetString());
        Assert.Equal("72", row.GetProperty("flagged").GetString());
    }

    [Fact]
    public async Task QuestionIds_EqualDuckDbsSha256OfTextAndOptions()
    {
        var tables = DistributionImport.Build(GoqaJsonReader.Read(Subset), CountryRegistry.BuiltIn);
        await DistributionImport.WriteAsync(tables, _dir.Path, TableFormat.Parquet, CancellationToken.None);

        // Questions whose options are all text (DuckDB would print a numeric option as JSON, 1.0, where the id uses 1).
        var sql = $$"""
            WITH src AS (
              SELECT DISTINCT question, options FROM read_json({{ImportOracle.Quote(Subset)}}, columns = {question: 'VARCHAR', options: 'JSON[]'})),
            text_only AS (
              SELECT question, list_transform(options, lambda o: json_extract_string(o, '$')) AS options FROM src
              WHERE list_bool_and(list_transform(options, lambda o: json_type(o) = 'VARCHAR'))),
            expected AS (
              SELECT 'goqa:' || left(sha256(array_to_string(list_prepend(question, options), chr(31))), 12) AS question_id, question FROM text_only)
            SELECT count(*) AS checked, count(*) FILTER (WHERE q.question_id IS DISTINCT FROM e.question_id) AS differing
            FROM expected e LEFT JOIN t q ON q.text_en = e.question
            """;
        var row = Assert.Single(await ImportOracle.DuckDbAsync(_dir.File("questions.parquet"), sql));

        // 1,278 of the 1,301 questions have text options only.
        Assert.Equal("1278", row.GetProperty("checked").GetString());
        Assert.Equal("0", row.GetProperty("differing").GetString());
    }
}
