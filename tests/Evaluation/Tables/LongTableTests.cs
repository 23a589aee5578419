using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Evaluation.Tests.Tables;

public sealed class LongTableTests
{
    private static async Task<List<TableRows>> Read(string path, params string[] required)
    {
        var batches = new List<TableRows>();
        await foreach (var rows in LongTable.ReadAsync(path, required, "a test table", CancellationToken.None))
        {
            batches.Add(rows);
        }

        return batches;
    }

    [Fact]
    public async Task UnknownExtension_IsRefused_NamingTheOnesRead()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.tsv", "a\tb\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(path));

        Assert.Contains(".parquet, .csv, .jsonl, .json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'.tsv'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFile_IsAFileNotFound_SayingWhatWasExpected()
    {
        using var dir = new TempDirectory();

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => Read(dir.File("nope.parquet")));

        Assert.Equal($"{dir.File("nope.parquet")}: no such file (expected a test table)", error.Message);
    }

    [Fact]
    public async Task HeaderOnlyCsv_StillHasItsColumns()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.csv", "a,b\n");

        var rows = Assert.Single(await Read(path, "a", "b"));

        Assert.Equal(0, rows.Count);
    }

    [Fact]
    public async Task JsonlLineThatIsNoObject_IsRefused_NamingTheLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.jsonl", "{\"a\": 1}\n\n[1, 2]\n");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Read(path));

        Assert.Equal($"{path}: line 3: a JSON array; expected one object per line", error.Message);
    }

    [Fact]
    public async Task JsonlKeySeenLate_IsNullInEarlierRows()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.jsonl", "{\"a\": 1}\n{\"a\": 2.5, \"b\": \"x\"}\n");

        var rows = Assert.Single(await Read(path));

        Assert.Equal((1, (string?)null), (rows.Integer("a", 0), rows.Text("b", 0)));
        Assert.Equal((2.5, "x"), (rows.Number("a", 1), rows.Text("b", 1)));
    }

    [Fact]
    public async Task JsonlNestedValue_WhereTextIsExpected_IsRefused()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.jsonl", "{\"a\": {\"b\": 1}}\n");

        var rows = Assert.Single(await Read(path));

        var error = Assert.Throws<InvalidDataException>(() => rows.Text("a", 0));
        Assert.Equal($"{path}: line 1: column 'a' holds a JSON object; expected text", error.Message);
    }

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("0", false)]
    [InlineData("", null)]
    public async Task CsvFlag_ReadsCommonSpellings(string cell, bool? expected)
    {
        using var dir = new TempDirectory();
        var path = dir.Write("d.csv", $"flag,x\n{cell},1\n");

        var rows = Assert.Single(await Read(path));

        Assert.Equal(expected, rows.Flag("flag", 0));
    }
}
