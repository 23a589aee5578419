namespace ValueAtlas.Cli.Tests;

/// <summary>convert of a CSV that Korean Excel saved as plain "CSV" (CP949, written here by iconv).</summary>
public sealed class ConvertCsvEncodingTests
{
    private const string Korean = "이름,나이,지역\n김민수,34,서울\n이영희,29,\"부산, 해운대\"\n";

    [Theory]
    [InlineData("out.csv")]
    [InlineData("out.jsonl")]
    [InlineData("out.parquet")]
    public async Task Cp949_IsRefusedInOneLineWithExit2(string output)
    {
        using var dir = new TempDirectory();
        var cp949 = await Iconv(dir, "excel.csv", Korean);

        var result = await CliProcess.RunAsync(["convert", cp949, dir.File(output)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"error: {cp949}: at byte 0: UTF-8 text on line 1, but the file is not UTF-8, so its Korean text cannot be read; in Excel save it as \"CSV UTF-8 (쉼표로 분리)\", or convert it with --encoding cp949 if it is a legacy Korean file",
            result.Stderr.Trim());
        Assert.False(File.Exists(dir.File(output)));
    }

    [Theory]
    [InlineData("out.csv")]
    [InlineData("out.jsonl")]
    [InlineData("out.parquet")]
    public async Task EncodingCp949_GivesTheUtf8FilesOutput(string output)
    {
        using var dir = new TempDirectory();
        var utf8 = dir.Write("utf8.csv", Korean);
        var cp949 = await Iconv(dir, "excel.csv", Korean);

        var fromUtf8 = await CliProcess.RunAsync(["convert", utf8, dir.File("u-" + output)]);
        var fromCp949 = await CliProcess.RunAsync(["convert", cp949, dir.File("k-" + output), "--encoding", "cp949"]);

        Assert.True(fromUtf8.ExitCode == 0, fromUtf8.ToString());
        Assert.True(fromCp949.ExitCode == 0, fromCp949.ToString());
        Assert.Equal(await Text(dir, "u-" + output), await Text(dir, "k-" + output));
        Assert.Contains("이영희", await Text(dir, "k-" + output), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoKoreanHeadersTheSame_NameFileAndColumnWithExit2()
    {
        using var dir = new TempDirectory();
        var cp949 = await Iconv(dir, "excel.csv", "이름,이름\n가,나\n");

        var result = await CliProcess.RunAsync(["convert", cp949, dir.File("out.parquet"), "--encoding", "euc-kr"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {cp949}: at byte 0: distinct column names on line 1, but \"이름\" names both column 1 and column 2", result.Stderr.Trim());
    }

    [Theory]
    [InlineData("latin1", "--encoding must be utf-8, cp949 or euc-kr (got 'latin1')")]
    [InlineData("cp949", "--encoding is for CSV input")]
    public async Task EncodingMisused_IsAUsageErrorWithExit2(string encoding, string message)
    {
        using var dir = new TempDirectory();
        var input = dir.Write(encoding == "cp949" ? "in.parquet" : "in.csv", "a\n1\n");

        var result = await CliProcess.RunAsync(["convert", input, dir.File("out.csv"), "--encoding", encoding]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    private static async Task<string> Iconv(TempDirectory dir, string name, string utf8)
    {
        dir.Write(name + ".utf8", utf8);
        await ExternalTool.RunAsync("iconv", dir.Path, "-f", "UTF-8", "-t", "CP949", "-o", name, name + ".utf8");
        return dir.File(name);
    }

    // Parquet is compared as the CSV that convert makes of it, so the check is about values, not file bytes.
    private static async Task<string> Text(TempDirectory dir, string name)
    {
        if (!name.EndsWith(".parquet", StringComparison.Ordinal))
        {
            return await File.ReadAllTextAsync(dir.File(name));
        }

        var result = await CliProcess.RunAsync(["convert", dir.File(name), dir.File(name + ".csv")]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return await File.ReadAllTextAsync(dir.File(name + ".csv"));
    }
}
