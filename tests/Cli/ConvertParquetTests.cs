using System.Globalization;
using System.Text.Json.Nodes;

namespace ValueAtlas.Cli.Tests;

/// <summary>convert to and from Parquet, judged by DuckDB (types and values) and readstat (what the .sav holds).</summary>
public sealed class ConvertParquetTests
{
    private const string Times = """
        SET LOCALE='UTF-8'.
        DATA LIST LIST /id (F4.0) seen (DATETIME20) clock (TIME8) span (DTIME12).
        BEGIN DATA.
        1 "06-MAY-2018 10:10:10" "10:10:10" "1 02:00:00"
        2 "31-DEC-1999 23:59:59" "00:00:01" "0 00:00:05"
        3 . . .
        END DATA.
        SAVE OUTFILE='times.sav' /COMPRESSED.
        """;

    private const string Labelled = """
        SET LOCALE='UTF-8'.
        DATA LIST LIST /id (F4.0) name (A20) gender (F1.0) score (F5.2).
        BEGIN DATA.
        1 "김민수" 1 4.50
        2 "이영희" 9 99.99
        3 "" 2 .
        END DATA.
        VARIABLE LABELS name '이름' gender '성별'.
        VALUE LABELS gender 1 '남자' 2 '여자' 9 '무응답'.
        MISSING VALUES gender (9) score (99.99 THRU 100).
        SAVE OUTFILE='survey.sav' /COMPRESSED.
        """;

    private static readonly DateTime SpssEpoch = new(1582, 10, 14);

    private static string Oracle => RepoRoot.File("tools", "duckdb-oracle");

    private static string Fixture(string name) => RepoRoot.File("tests", "Formats", "Parquet", "Fixtures", "parquet-testing", name);

    [Fact]
    public async Task SpssDateTimeAndTime_AreNaiveTimestampAndTimeInDuckDb()
    {
        using var dir = new TempDirectory();
        dir.Write("make.sps", Times);
        await ExternalTool.RunAsync("pspp", dir.Path, "-O", "format=txt", "-o", "pspp.log", "make.sps");

        var result = await CliProcess.RunAsync(["convert", dir.File("times.sav"), dir.File("times.parquet")]);
        var readstat = CsvRows.Parse(await ExternalTool.RunAsync("readstat", dir.Path, "times.sav", "-"));
        var duck = await QueryAsync(dir.File("times.parquet"),
            "SELECT typeof(seen) AS ts, typeof(clock) AS tt, typeof(span) AS st, seen::VARCHAR AS seen, clock::VARCHAR AS clock, span FROM t");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("TIMESTAMP", duck[0]!["ts"]!.GetValue<string>());
        Assert.Equal("TIME", duck[0]!["tt"]!.GetValue<string>());
        Assert.Equal("DOUBLE", duck[0]!["st"]!.GetValue<string>());
        for (var row = 0; row < 2; row++)
        {
            var seconds = double.Parse(readstat[row + 1][1]!, CultureInfo.InvariantCulture);
            Assert.Equal(SpssEpoch.AddSeconds(seconds).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), duck[row]!["seen"]!.GetValue<string>());
            var clock = double.Parse(readstat[row + 1][2]!, CultureInfo.InvariantCulture);
            Assert.Equal(TimeOnly.FromTimeSpan(TimeSpan.FromSeconds(clock)).ToString("HH:mm:ss", CultureInfo.InvariantCulture), duck[row]!["clock"]!.GetValue<string>());
            Assert.Equal(double.Parse(readstat[row + 1][3]!, CultureInfo.InvariantCulture), duck[row]!["span"]!.GetValue<double>());
        }

        Assert.Equal("2018-05-06 10:10:10", duck[0]!["seen"]!.GetValue<string>());
        Assert.Null(duck[2]!["seen"]);
        Assert.Null(duck[2]!["clock"]);
    }

    [Fact]
    public async Task SpssDictionary_IsKeyValueMetadataThatDuckDbAndInspectRead()
    {
        using var dir = new TempDirectory();
        dir.Write("make.sps", Labelled);
        await ExternalTool.RunAsync("pspp", dir.Path, "-O", "format=txt", "-o", "pspp.log", "make.sps");

        var codes = await CliProcess.RunAsync(["convert", dir.File("survey.sav"), dir.File("codes.parquet")]);
        var labels = await CliProcess.RunAsync(["convert", dir.File("survey.sav"), dir.File("labels.parquet"), "--labels"]);
        var inspect = await CliProcess.RunAsync(["inspect", dir.File("codes.parquet")]);
        var kv = await QueryAsync(dir.File("codes.parquet"), "SELECT decode(value) AS v FROM parquet_kv_metadata({file}) WHERE decode(key) = 'valueatlas.spss'");
        var columnKv = await QueryAsync(dir.File("codes.parquet"),
            "SELECT path_in_schema AS p, decode(key_value_metadata['valueatlas.spss.variable'::BLOB]) AS v FROM parquet_metadata({file}) WHERE path_in_schema = 'gender'");
        var labelled = await QueryAsync(dir.File("labels.parquet"), "SELECT gender, typeof(gender) AS type FROM t");

        Assert.True(codes.ExitCode == 0, codes.ToString());
        Assert.True(labels.ExitCode == 0, labels.ToString());
        var document = JsonNode.Parse(Assert.Single(kv)!["v"]!.GetValue<string>())!;
        Assert.Equal("survey.sav", document["source"]!.GetValue<string>());
        var gender = document["variables"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "gender")!;
        Assert.Equal("성별", gender["label"]!.GetValue<string>());
        Assert.Equal("무응답", gender["value_labels"]!.AsArray().Single(l => l!["value"]!.GetValue<double>() == 9)!["label"]!.GetValue<string>());
        Assert.Equal(9, gender["missing_values"]!["discrete"]![0]!.GetValue<double>());
        var score = document["variables"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "score")!;
        Assert.Equal([99.99, 100], score["missing_values"]!["range"]!.AsArray().Select(n => n!.GetValue<double>()));
        Assert.Equal("이름", document["variables"]![1]!["label"]!.GetValue<string>());
        Assert.Equal("남자", JsonNode.Parse(Assert.Single(columnKv)!["v"]!.GetValue<string>())!["value_labels"]![0]!["label"]!.GetValue<string>());
        Assert.Contains("metadata valueatlas.spss = {", inspect.Stdout, StringComparison.Ordinal);
        Assert.Contains("metadata valueatlas.spss.variable = {\"name\":\"gender\"", inspect.Stdout, StringComparison.Ordinal);
        Assert.Equal(["남자", "무응답", "여자"], labelled.Select(r => r!["gender"]!.GetValue<string>()));
        Assert.Equal("VARCHAR", labelled[0]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Csv_MissingMarkersKeepNumbersNumeric_AndNaiveDateTimesAreTimestamps()
    {
        using var dir = new TempDirectory();
        dir.Write("in.csv", "id,score,country,asked\n1,NA,NA,2024-05-01T10:00:00\n2,.,KR,2024-05-02 11:30:00.5\n3,4.5,,\n4,N/A,DE,2024-05-04T00:00:00\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("out.parquet")]);
        var strict = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("strict.parquet"), "--na-values", ""]);
        var rows = await QueryAsync(dir.File("out.parquet"), "SELECT typeof(id) AS a, typeof(score) AS b, typeof(country) AS c, typeof(asked) AS d, score, country, asked::VARCHAR AS asked FROM t");
        var strictTypes = await QueryAsync(dir.File("strict.parquet"), "SELECT typeof(score) AS b FROM t LIMIT 1");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(strict.ExitCode == 0, strict.ToString());
        Assert.Equal(["BIGINT", "DOUBLE", "VARCHAR", "TIMESTAMP"], new[] { "a", "b", "c", "d" }.Select(k => rows[0]![k]!.GetValue<string>()));
        Assert.Equal([null, null, 4.5, null], rows.Select(r => r!["score"]?.GetValue<double>()));

        // A text column keeps the marker as text: NA is Namibia's code.
        Assert.Equal("NA", rows[0]!["country"]!.GetValue<string>());
        Assert.Equal("2024-05-02 11:30:00.5", rows[1]!["asked"]!.GetValue<string>());
        Assert.Equal("VARCHAR", strictTypes[0]!["b"]!.GetValue<string>());
    }

    [Fact]
    public async Task Csv_ValueAfterTheSampleThatBreaksTheType_IsStillConverted()
    {
        using var dir = new TempDirectory();
        var lines = Enumerable.Range(0, 10_050).Select(i => i == 10_040 ? $"{i},not a number" : $"{i},{i * 0.5}");
        dir.Write("in.csv", "id,value\n" + string.Join('\n', lines) + "\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("out.parquet")]);
        var rows = await QueryAsync(dir.File("out.parquet"), "SELECT typeof(value) AS t, count(*)::INTEGER AS n, max(CASE WHEN id = 10040 THEN value END) AS odd FROM t GROUP BY ALL");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("VARCHAR", rows[0]!["t"]!.GetValue<string>());
        Assert.Equal(10_050, rows[0]!["n"]!.GetValue<int>());
        Assert.Equal("not a number", rows[0]!["odd"]!.GetValue<string>());
        Assert.Single(Directory.GetFiles(dir.Path, "*.parquet"));
    }

    [Fact]
    public async Task ParquetTestingFiles_ConvertAndInspect_OrExitTwoNamingTheColumn()
    {
        using var dir = new TempDirectory();

        var csv = await CliProcess.RunAsync(["convert", Fixture("alltypes_tiny_pages.parquet"), dir.File("all.csv")]);
        var inspect = await CliProcess.RunAsync(["inspect", Fixture("int64_decimal.parquet")]);
        var blob = await CliProcess.RunAsync(["convert", Fixture("binary.parquet"), dir.File("binary.csv")]);
        var refused = await CliProcess.RunAsync(["convert", Fixture("datapage_v2.snappy.parquet"), dir.File("nested.csv")]);

        Assert.True(csv.ExitCode == 0, csv.ToString());
        Assert.Equal(7301, File.ReadLines(dir.File("all.csv")).Count());
        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        Assert.Contains("Decimal(10,2)", inspect.Stdout, StringComparison.Ordinal);
        Assert.True(blob.ExitCode == 0, blob.ToString());
        Assert.Equal(["foo", "\\x00", "\\x01"], File.ReadLines(dir.File("binary.csv")).Take(3));
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("column 'e' is a list", refused.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("nested.csv")));
    }

    [Fact]
    public async Task Zstd_IsWrittenAndReadBack()
    {
        using var dir = new TempDirectory();
        dir.Write("in.csv", "id,name\n1,가\n2,나\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("out.parquet"), "--compression", "zstd"]);
        var inspect = (await CliProcess.RunAsync(["inspect", dir.File("out.parquet"), "--json"])).Json;
        var rows = await QueryAsync(dir.File("out.parquet"), "SELECT name FROM t");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("ZSTD", inspect["row_groups"]![0]!["columns"]![0]!["codec"]!.GetValue<string>());
        Assert.Equal(["가", "나"], rows.Select(r => r!["name"]!.GetValue<string>()));
    }

    private static async Task<JsonArray> QueryAsync(string file, string sql) =>
        JsonNode.Parse(await ExternalTool.RunAsync("node", Oracle, "read-parquet.mjs", file, sql))!["rows"]!.AsArray();
}
