namespace ValueAtlas.Cli.Tests;

/// <summary>inspect of a damaged SPSS file reports what convert would reach, or fails the way convert fails.</summary>
public sealed class InspectSpssTests
{
    private const string Syntax = """
        SET LOCALE='UTF-8'.
        INPUT PROGRAM.
        LOOP #i = 1 TO 3000.
        COMPUTE n = #i.
        STRING s (A12).
        COMPUTE s = CONCAT('응답 ', STRING(#i, F5.0)).
        END CASE.
        END LOOP.
        END FILE.
        END INPUT PROGRAM.
        SAVE OUTFILE='u.sav' /UNCOMPRESSED.
        SAVE OUTFILE='c.sav' /COMPRESSED.
        SAVE OUTFILE='z.zsav' /ZCOMPRESSED.
        """;

    [Theory]
    [InlineData("u.sav", 0.1)]
    [InlineData("u.sav", 0.5)]
    [InlineData("u.sav", 0.9)]
    [InlineData("c.sav", 0.1)]
    [InlineData("c.sav", 0.5)]
    [InlineData("c.sav", 0.9)]
    [InlineData("z.zsav", 0.5)]
    [InlineData("z.zsav", 0.99)]
    public async Task Truncated_FailsWithConvertsByteOffsetError(string file, double keep)
    {
        using var dir = new TempDirectory();
        dir.Write("make.sps", Syntax);
        await ExternalTool.RunAsync("pspp", dir.Path, "-O", "format=txt", "-o", "pspp.log", "make.sps");
        var bytes = await File.ReadAllBytesAsync(dir.File(file));
        var damaged = dir.File("cut-" + file);
        await File.WriteAllBytesAsync(damaged, bytes[..(int)(bytes.Length * keep)]);

        var inspect = await CliProcess.RunAsync(["inspect", damaged]);
        var convert = await CliProcess.RunAsync(["convert", damaged, dir.File("out.csv")]);

        Assert.True(inspect.ExitCode == 2, inspect.ToString());
        Assert.Equal(2, convert.ExitCode);
        Assert.Equal("", inspect.Stdout);
        Assert.Single(inspect.Stderr.Trim().Split('\n'));
        Assert.StartsWith($"error: {damaged}: at byte ", inspect.Stderr, StringComparison.Ordinal);
        Assert.Equal(convert.Stderr, inspect.Stderr);
    }

    [Theory]
    [InlineData("u.sav")]
    [InlineData("c.sav")]
    [InlineData("z.zsav")]
    public async Task Whole_ReportsTheCasesItRead(string file)
    {
        using var dir = new TempDirectory();
        dir.Write("make.sps", Syntax);
        await ExternalTool.RunAsync("pspp", dir.Path, "-O", "format=txt", "-o", "pspp.log", "make.sps");

        var inspect = await CliProcess.RunAsync(["inspect", dir.File(file), "--json"]);

        Assert.True(inspect.ExitCode == 0, inspect.ToString());
        Assert.Equal(3000, inspect.Json["case_count"]!.GetValue<int>());
    }
}
