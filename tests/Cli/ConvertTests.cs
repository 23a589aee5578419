using System.Globalization;
using System.Text.Json.Nodes;

namespace ValueAtlas.Cli.Tests;

/// <summary>convert and inspect on files pspp writes, checked against readstat's reading of the same files.</summary>
public sealed class ConvertTests
{
    private const string Syntax = """
        SET LOCALE='UTF-8'.
        DATA LIST LIST /id (F4.0) name (A20) gender (F1.0) score (F5.2) income (F8.0) born (DATE11).
        BEGIN DATA.
        1 "김민수" 1 4.50 3000 "01-JAN-1990"
        2 "이영희, 서울" 9 99.99 -99 "15-MAR-1985"
        3 "" 2 . 4000 .
        END DATA.
        VARIABLE LABELS name '이름'.
        VALUE LABELS gender 1 '남자' 2 '여자' 9 '무응답'.
        MISSING VALUES gender (9) score (99.99) income (-99).
        SAVE OUTFILE='survey.sav' /COMPRESSED.
        SAVE OUTFILE='survey.zsav' /ZCOMPRESSED.
        """;

    private static readonly DateTime SpssEpoch = new(1582, 10, 14);

    private static async Task<TempDirectory> Fixture()
    {
        var dir = new TempDirectory();
        dir.Write("make.sps", Syntax);
        await ExternalTool.RunAsync("pspp", dir.Path, "-O", "format=txt", "-o", "pspp.log", "make.sps");
        return dir;
    }

    [Theory]
    [InlineData("survey.sav")]
    [InlineData("survey.zsav")]
    public async Task Csv_AgreesWithReadstatCellForCell(string file)
    {
        using var dir = await Fixture();

        var result = await CliProcess.RunAsync(["convert", dir.File(file), dir.File("ours.csv")]);
        var theirs = await ExternalTool.RunAsync("readstat", dir.Path, file, "-");

        Assert.True(result.ExitCode == 0, result.ToString());
        var ours = CsvRows.Parse(File.ReadAllText(dir.File("ours.csv")));
        var reference = CsvRows.Parse(theirs);
        Assert.Equal("id,name,gender,score,income,born", File.ReadLines(dir.File("ours.csv")).First());
        Assert.Equal(reference.Count, ours.Count);
        for (var row = 1; row < ours.Count; row++)
        {
            var a = ours[row];
            var b = reference[row];
            for (var col = 0; col < a.Length; col++)
            {
                Assert.True(Same(a[col], b[col], col == 5), $"row {row} column {col}: ours '{a[col]}', readstat '{b[col]}'");
            }
        }
    }

    [Fact]
    public async Task Labels_AndUserMissingAsNull()
    {
        using var dir = await Fixture();

        var result = await CliProcess.RunAsync(["convert", dir.File("survey.sav"), dir.File("out.jsonl"), "--labels", "--user-missing-as-null"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = File.ReadAllLines(dir.File("out.jsonl")).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal("남자", rows[0]["gender"]!.GetValue<string>());
        Assert.Equal("1990-01-01", rows[0]["born"]!.GetValue<string>());
        Assert.Equal(4.5, rows[0]["score"]!.GetValue<double>());
        Assert.Null(rows[1]["gender"]);
        Assert.Null(rows[1]["score"]);
        Assert.Null(rows[1]["income"]);
        Assert.Equal("이영희, 서울", rows[1]["name"]!.GetValue<string>());
        Assert.Null(rows[2]["score"]);
    }

    [Fact]
    public async Task Inspect_ShowsVariablesLabelsAndMissingValues()
    {
        using var dir = await Fixture();

        var result = await CliProcess.RunAsync(["inspect", dir.File("survey.zsav"), "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var meta = result.Json;
        Assert.Equal("zlib", meta["compression"]!.GetValue<string>());
        Assert.Equal(3, meta["case_count"]!.GetValue<int>());
        var gender = meta["variables"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == "gender")!;
        Assert.Equal("무응답", gender["value_labels"]!.AsArray().Single(l => l!["value"]!["number"]!.GetValue<double>() == 9)!["label"]!.GetValue<string>());
        Assert.Equal(9, gender["missing_values"]!["discrete"]![0]!["number"]!.GetValue<double>());
        Assert.Equal("이름", meta["variables"]![1]!["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parquet_IsReadByDuckDbWithTheSameValuesAndTypes()
    {
        using var dir = await Fixture();

        var result = await CliProcess.RunAsync(["convert", dir.File("survey.zsav"), dir.File("survey.parquet"), "--user-missing-as-null", "--compression", "gzip", "--row-group-size", "2"]);
        var duck = JsonNode.Parse(await ExternalTool.RunAsync("node", RepoRoot.File("tools", "duckdb-oracle"), "read-parquet.mjs", dir.File("survey.parquet")))!;
        var types = JsonNode.Parse(await ExternalTool.RunAsync("node", RepoRoot.File("tools", "duckdb-oracle"), "read-parquet.mjs", dir.File("survey.parquet"),
            "SELECT typeof(id) AS id, typeof(name) AS name, typeof(born) AS born FROM t LIMIT 1"))!;

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = duck["rows"]!.AsArray();
        Assert.Equal(3, rows.Count);
        Assert.Equal("김민수", rows[0]!["name"]!.GetValue<string>());
        Assert.Equal(4.5, rows[0]!["score"]!.GetValue<double>());
        Assert.Equal("1990-01-01", rows[0]!["born"]!.GetValue<string>());
        Assert.Null(rows[1]!["gender"]);
        Assert.Null(rows[1]!["income"]);
        Assert.Null(rows[2]!["born"]);
        Assert.Equal("이영희, 서울", rows[1]!["name"]!.GetValue<string>());
        Assert.Equal(["DOUBLE", "VARCHAR", "DATE"], types["rows"]![0]!.AsObject().Select(p => p.Value!.GetValue<string>()));
    }

    [Fact]
    public async Task Parquet_BackToCsv_MatchesTheDirectCsv()
    {
        using var dir = await Fixture();

        await CliProcess.RunAsync(["convert", dir.File("survey.sav"), dir.File("survey.parquet")]);
        var viaParquet = await CliProcess.RunAsync(["convert", dir.File("survey.parquet"), dir.File("via.csv")]);
        await CliProcess.RunAsync(["convert", dir.File("survey.sav"), dir.File("direct.csv")]);
        var inspect = await CliProcess.RunAsync(["inspect", dir.File("survey.parquet")]);

        Assert.True(viaParquet.ExitCode == 0, viaParquet.ToString());
        Assert.Equal(File.ReadAllLines(dir.File("direct.csv")), File.ReadAllLines(dir.File("via.csv")));
        Assert.Contains("rows:        3", inspect.Stdout, StringComparison.Ordinal);
        Assert.Contains("min 1985-03-15", inspect.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_ToParquet_InfersTypesThatDuckDbReads()
    {
        using var dir = new TempDirectory();
        dir.Write("in.csv", "\uFEFFid,country,share,weighted,asked\n1,KR,0.25,true,2024-05-01\n2,\"서울, 한국\",,false,\n3,\"멀티\n라인\",1e-3,true,2024-05-03\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("out.parquet")]);
        var types = JsonNode.Parse(await ExternalTool.RunAsync("node", RepoRoot.File("tools", "duckdb-oracle"), "read-parquet.mjs", dir.File("out.parquet"),
            "SELECT typeof(id) AS a, typeof(country) AS b, typeof(share) AS c, typeof(weighted) AS d, typeof(asked) AS e FROM t LIMIT 1"))!;
        var rows = JsonNode.Parse(await ExternalTool.RunAsync("node", RepoRoot.File("tools", "duckdb-oracle"), "read-parquet.mjs", dir.File("out.parquet")))!["rows"]!.AsArray();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["BIGINT", "VARCHAR", "DOUBLE", "BOOLEAN", "DATE"], types["rows"]![0]!.AsObject().Select(p => p.Value!.GetValue<string>()));
        Assert.Equal("서울, 한국", rows[1]!["country"]!.GetValue<string>());
        Assert.Equal("멀티\n라인", rows[2]!["country"]!.GetValue<string>());
        Assert.Null(rows[1]!["share"]);
        Assert.Equal(0.001, rows[2]!["share"]!.GetValue<double>());
        Assert.Equal("2024-05-03", rows[2]!["asked"]!.GetValue<string>());
    }

    [Fact]
    public async Task Parquet_ToParquet_ChangesCodecAndRowGroupsButNotData()
    {
        using var dir = await Fixture();
        await CliProcess.RunAsync(["convert", dir.File("survey.sav"), dir.File("a.parquet")]);

        var result = await CliProcess.RunAsync(["convert", dir.File("a.parquet"), dir.File("b.parquet"), "--compression", "gzip", "--row-group-size", "1"]);
        var inspect = (await CliProcess.RunAsync(["inspect", dir.File("b.parquet"), "--json"])).Json;
        var oracle = RepoRoot.File("tools", "duckdb-oracle");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(3, inspect["row_groups"]!.AsArray().Count);
        Assert.Equal("GZIP", inspect["row_groups"]![0]!["columns"]![0]!["codec"]!.GetValue<string>());
        Assert.Equal(await ExternalTool.RunAsync("node", oracle, "read-parquet.mjs", dir.File("a.parquet")), await ExternalTool.RunAsync("node", oracle, "read-parquet.mjs", dir.File("b.parquet")));
    }

    [Fact]
    public async Task Csv_ToJsonl_KeepsNumbersAsNumbersAndEmptyAsNull()
    {
        using var dir = new TempDirectory();
        dir.Write("in.csv", "id,name,share\n1,\"김, 민수\",0.5\n2,,\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("out.jsonl")]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["{\"id\":1,\"name\":\"김, 민수\",\"share\":0.5}", "{\"id\":2,\"name\":null,\"share\":null}"], File.ReadAllLines(dir.File("out.jsonl")));
    }

    [Fact]
    public async Task Csv_RaggedRow_ExitsTwoNamingTheLine()
    {
        using var dir = new TempDirectory();
        dir.Write("in.csv", "a,b\n1,2\n3\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("in.csv"), dir.File("out.parquet")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("in.csv: at byte 8: 2 fields on line 3", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("out.parquet")));
    }

    [Fact]
    public async Task NotAnSpssFile_ExitsTwoNamingTheByteAndLeavesNoOutput()
    {
        using var dir = new TempDirectory();
        dir.Write("fake.sav", "id,name\n1,김\n");

        var result = await CliProcess.RunAsync(["convert", dir.File("fake.sav"), dir.File("out.csv")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("fake.sav: at byte 0", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["fake.sav"], Directory.GetFiles(dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task TruncatedFile_ExitsTwoAndLeavesNoOutput()
    {
        using var dir = await Fixture();
        var bytes = await File.ReadAllBytesAsync(dir.File("survey.sav"));
        await File.WriteAllBytesAsync(dir.File("cut.sav"), bytes[..(bytes.Length - 20)]);

        var result = await CliProcess.RunAsync(["convert", dir.File("cut.sav"), dir.File("cut.csv")]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cut.sav: at byte", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(dir.File("cut.csv")));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp-*"));
    }

    // An empty field is empty whether or not a tool quoted it (readstat quotes empty strings, we do not).
    private static bool Same(string? oursField, string? theirsField, bool date)
    {
        string ours = oursField ?? "", theirs = theirsField ?? "";
        if (ours == theirs)
        {
            return true;
        }

        if (date && ours.Length > 0)
        {
            var seconds = (DateTime.ParseExact(ours, "yyyy-MM-dd", CultureInfo.InvariantCulture) - SpssEpoch).TotalSeconds;
            return Math.Abs(seconds - double.Parse(theirs, CultureInfo.InvariantCulture)) < 1e-6;
        }

        return double.TryParse(ours, CultureInfo.InvariantCulture, out var a) && double.TryParse(theirs, CultureInfo.InvariantCulture, out var b) && Math.Abs(a - b) < 1e-9;
    }
}
