namespace ValueAtlas.Cli.Tests;

/// <summary>harmonize scaffold as a researcher with a new wave uses it: skeleton, fill two keys, harmonize.</summary>
public sealed class HarmonizeScaffoldTests : IDisposable
{
    private const string Syntax = """
        SET LOCALE='UTF-8'.
        DATA LIST LIST /COUNTRY (F3.0) IDnumber (F6.0) w (F6.3) q1 (F2.0) q7 (F2.0).
        BEGIN DATA.
        3 1 1.2 1 2
        3 2 0.8 2 9
        3 3 1.0 5 1
        1 4 1.0 3 8
        END DATA.
        VARIABLE LABELS q1 '국가 경제 상황 (national economy)' q7 'Trust in the courts'.
        VALUE LABELS COUNTRY 1 'Japan' 3 'Korea'
          /q1 1 '매우 좋음' 2 '좋음' 3 '보통' 4 '나쁨' 5 '매우 나쁨' 8 "Can't choose" 9 'Decline to answer'
          /q7 1 'Trust fully' 2 'Distrust' 8 "Can't choose" 9 'Decline to answer'.
        MISSING VALUES q1 q7 (8, 9).
        SAVE OUTFILE='abs.sav'.
        """;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Scaffold_OfStataFile_FilledIn_HarmonizesWithoutAnotherEdit()
    {
        _dir.Write("make.sps", Syntax);
        await ExternalTool.RunAsync("pspp", _dir.Path, "-O", "format=txt", "-o", "make.log", "make.sps");
        await ExternalTool.RunAsync("readstat", _dir.Path, "abs.sav", "abs.dta");

        var scaffold = await CliProcess.RunAsync(["harmonize", "scaffold", _dir.File("abs.dta"), "--out", _dir.File("abs.yaml")]);
        Assert.True(scaffold.ExitCode == 0, scaffold.ToString());
        var yaml = File.ReadAllText(_dir.File("abs.yaml"));
        Assert.Contains("variable: \"COUNTRY\"", yaml, StringComparison.Ordinal);
        Assert.Contains("codes: value_labels", yaml, StringComparison.Ordinal);
        Assert.Contains("en: \"매우 좋음\", position: 1", yaml, StringComparison.Ordinal);

        var again = await CliProcess.RunAsync(["harmonize", "scaffold", _dir.File("abs.dta"), "--out", _dir.File("abs.yaml")]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("never overwrites", again.Stderr, StringComparison.Ordinal);

        File.WriteAllText(_dir.File("abs.yaml"), yaml
            .Replace("wave: \"\"", "wave: \"5\"", StringComparison.Ordinal)
            .Replace("codebook: \"\"", "codebook: \"test layout\"", StringComparison.Ordinal));
        var run = await CliProcess.RunAsync(["harmonize", "--crosswalk", _dir.File("abs.yaml"), "--in", _dir.File("abs.dta"), "--out", _dir.File("out"), "--format", "csv"]);

        Assert.True(run.ExitCode == 0, run.ToString());
        var korea = File.ReadAllLines(_dir.File("out/distributions.csv")).Where(l => l.Contains(",KR,", StringComparison.Ordinal)).ToList();
        Assert.Contains(korea, l => l.Contains("abs:q1,0,1,매우 좋음,false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scaffold_OfCsv_Exits2SayingItHasNoDictionary()
    {
        var csv = _dir.Write("a.csv", "id,q1\n1,2\n");

        var result = await CliProcess.RunAsync(["harmonize", "scaffold", csv]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("CSV has no labels", result.Stderr, StringComparison.Ordinal);
    }
}
