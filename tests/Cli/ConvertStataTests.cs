using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueAtlas.Cli.Tests;

/// <summary>
/// convert and inspect of Stata .dta files pandas wrote (see tests/Formats/Stata/Data/pandas_dta.py: every numeric
/// type, '.', .a and .z, Korean text, strLs), judged by pandas' own reading and, for Parquet, by DuckDB.
/// </summary>
public sealed class ConvertStataTests
{
    private const string Python = "/usr/bin/python3";

    private static string Script => RepoRoot.File("tests", "Formats", "Stata", "Data", "pandas_dta.py");

    private static string Oracle => RepoRoot.File("tools", "duckdb-oracle");

    [Theory]
    [InlineData("p117be.dta")]
    [InlineData("p118le.dta")]
    [InlineData("p119le.dta")]
    public async Task ToCsv_MatchesPandasWithExtendedMissingAsText(string name)
    {
        using var dir = await PandasFilesAsync();
        var expected = await PandasRowsAsync(dir, name);

        var result = await CliProcess.RunAsync(["convert", dir.File(name), dir.File("out.csv")]);
        var csv = CsvRows.Parse(await File.ReadAllTextAsync(dir.File("out.csv")));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(expected.Count + 1, csv.Count);
        for (var row = 0; row < expected.Count; row++)
        {
            var cells = expected[row].EnumerateArray().ToList();
            for (var column = 0; column < cells.Count; column++)
            {
                var cell = cells[column];
                var actual = csv[row + 1][column];
                switch (cell.ValueKind)
                {
                    case JsonValueKind.Number:
                        Assert.Equal(cell.GetDouble(), double.Parse(actual!, CultureInfo.InvariantCulture));
                        break;
                    case JsonValueKind.String:
                        Assert.Equal(cell.GetString(), actual ?? "");
                        break;
                    default:
                        var missing = cell.ValueKind == JsonValueKind.Null ? "." : cell.GetProperty("missing").GetString();
                        Assert.Equal(missing == "." ? null : missing, actual);
                        break;
                }
            }
        }
    }

    [Fact]
    public async Task ToParquet_DuckDbReadsDoublesStringsAndNulls()
    {
        using var dir = await PandasFilesAsync();
        var expected = await PandasRowsAsync(dir, "p119le.dta");

        var result = await CliProcess.RunAsync(["convert", dir.File("p119le.dta"), dir.File("out.parquet")]);
        var duck = JsonNode.Parse(await ExternalTool.RunAsync("node", Oracle, "read-parquet.mjs", dir.File("out.parquet"),
            "SELECT typeof(tiny) AS tt, typeof(essay) AS et, tiny, single, real, name, essay FROM t"))!["rows"]!.AsArray();

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(("DOUBLE", "VARCHAR"), (duck[0]!["tt"]!.GetValue<string>(), duck[0]!["et"]!.GetValue<string>()));
        for (var row = 0; row < expected.Count; row++)
        {
            var cells = expected[row].EnumerateArray().ToList();
            Assert.Equal(Number(cells[1]), duck[row]!["tiny"]?.GetValue<double>());
            Assert.Equal(Number(cells[4]), duck[row]!["single"]?.GetValue<double>());
            Assert.Equal(Number(cells[5]), duck[row]!["real"]?.GetValue<double>());
            Assert.Equal(cells[6].GetString(), duck[row]!["name"]!.GetValue<string>());
            Assert.Equal(cells[7].GetString(), duck[row]!["essay"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Inspect_ReportsReleaseObservationsAndKoreanLabels()
    {
        using var dir = await PandasFilesAsync();

        var text = await CliProcess.RunAsync(["inspect", dir.File("p118be.dta")]);
        var json = await CliProcess.RunAsync(["inspect", dir.File("p118be.dta"), "--json"]);
        var meta = JsonNode.Parse(json.Stdout)!;

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("release:      118 (big-endian)", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("      1 = 하나", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(5, meta["observation_count"]!.GetValue<long>());
        Assert.Equal("작은 정수", meta["variables"]![1]!["label"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.9)]
    public async Task Truncated_InspectAndConvertFailAlikeWithTheByteOffset(double keep)
    {
        using var dir = await PandasFilesAsync();
        var bytes = await File.ReadAllBytesAsync(dir.File("p118le.dta"));
        var damaged = dir.File("cut.dta");
        await File.WriteAllBytesAsync(damaged, bytes[..(int)(bytes.Length * keep)]);

        var inspect = await CliProcess.RunAsync(["inspect", damaged]);
        var convert = await CliProcess.RunAsync(["convert", damaged, dir.File("out.csv")]);

        Assert.True(inspect.ExitCode == 2, inspect.ToString());
        Assert.Equal(2, convert.ExitCode);
        Assert.StartsWith($"error: {damaged}: at byte ", inspect.Stderr, StringComparison.Ordinal);
        Assert.Equal(convert.Stderr, inspect.Stderr);
        Assert.False(File.Exists(dir.File("out.csv")));
    }

    private static async Task<TempDirectory> PandasFilesAsync()
    {
        var dir = new TempDirectory();
        await ExternalTool.RunAsync(Python, dir.Path, Script, "write", dir.Path);
        return dir;
    }

    private static async Task<List<JsonElement>> PandasRowsAsync(TempDirectory dir, string name)
    {
        using var document = JsonDocument.Parse(await ExternalTool.RunAsync(Python, dir.Path, Script, "dump", dir.File(name)));
        return [.. document.RootElement.GetProperty(name).GetProperty("rows").Clone().EnumerateArray()];
    }

    private static double? Number(JsonElement cell) => cell.ValueKind == JsonValueKind.Number ? cell.GetDouble() : null;
}
