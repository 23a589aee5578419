using System.Text;

namespace ValueAtlas.Cli.Tests;

/// <summary>valueatlas agreement on long-format ratings files, run as the real executable.</summary>
public sealed class AgreementTests
{
    // Krippendorff (2011), section C: 4 observers × 12 units with missing values; nominal α = 0.743.
    private const string Canonical = """
        unit,observer,value,comment
        1,A,1,
        2,A,2,
        3,A,3,
        4,A,3,
        5,A,2,
        6,A,1,
        7,A,4,
        8,A,1,
        9,A,2,
        1,B,1,
        2,B,2,
        3,B,3,
        4,B,3,
        5,B,2,
        6,B,2,
        7,B,4,
        8,B,1,
        9,B,2,
        10,B,5,
        12,B,3,only one value: cannot be paired
        2,C,3,
        3,C,3,
        4,C,3,
        5,C,2,
        6,C,3,
        7,C,4,
        8,C,2,
        9,C,2,
        10,C,5,
        11,C,1,
        1,D,1,
        2,D,2,
        3,D,3,
        4,D,3,
        5,D,2,
        6,D,4,
        7,D,4,
        8,D,1,
        9,D,2,
        10,D,5,
        11,D,1,
        """;

    private static readonly string[] Columns = ["--item", "unit", "--rater", "observer", "--label", "value"];

    [Fact]
    public async Task Text_ShowsCountsStatisticsAndMajorities()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("ratings.csv", Canonical);

        var result = await CliProcess.RunAsync(["agreement", file, .. Columns]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Stdout.Split('\n').Select(l => l.TrimEnd()).ToList();
        Assert.Contains("items:                12 (11 with two or more ratings)", lines);
        Assert.Contains("raters:               4", lines);
        Assert.Contains("ratings:              41", lines);
        Assert.Contains("categories:           5", lines);
        Assert.Contains(lines, l => l.StartsWith("Fleiss' kappa:        undefined: items have 1 to 4 ratings", StringComparison.Ordinal));
        Assert.Contains("Krippendorff's alpha: 0.7434 (nominal)", lines);
        Assert.Contains("majority label per item:", lines);
        Assert.Contains("  1: 1 (3 of 3)", lines);
        Assert.Contains("  6: tie between 1 | 2 | 3 | 4 (1 of 4 each)", lines);
        Assert.Contains("  12: 3 (1 of 1)", lines);
    }

    [Fact]
    public async Task Json_HoldsTheSameAsOneSnakeCaseDocument()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("ratings.csv", Canonical);

        var result = await CliProcess.RunAsync(["agreement", file, .. Columns, "--json"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        var json = result.Json;
        Assert.Equal(file, json["file"]!.GetValue<string>());
        Assert.Equal(12, json["counts"]!["items"]!.GetValue<int>());
        Assert.Equal(11, json["counts"]!["pairable_items"]!.GetValue<int>());
        Assert.Null(json["fleiss_kappa"]);
        Assert.StartsWith("items have 1 to 4 ratings", json["fleiss_kappa_undefined_reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0.743, json["krippendorff_alpha"]!.GetValue<double>(), 3);
        Assert.Null(json["krippendorff_alpha_undefined_reason"]);
        var tie = json["majorities"]![5]!;
        Assert.Equal("6", tie["item"]!.GetValue<string>());
        Assert.True(tie["tie"]!.GetValue<bool>());
        Assert.Equal(["1", "2", "3", "4"], tie["labels"]!.AsArray().Select(l => l!.GetValue<string>()));
    }

    [Fact]
    public async Task Text_ShowsFleissKappaWhenEveryItemHasTheSameNumberOfRatings()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("ratings.csv", "item,rater,label\na,r1,yes\na,r2,yes\nb,r1,no\nb,r2,yes\n");

        var result = await CliProcess.RunAsync(["agreement", file, "--item", "item", "--rater", "rater", "--label", "label"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        // P̄ = 1/2, P̄e = (3/4)² + (1/4)² = 5/8: κ = (1/2 − 5/8) / (3/8) = −1/3.
        Assert.Contains("Fleiss' kappa:        -0.3333", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("percent agreement:    50.00 %", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFile_ExitsWith2NamingFileAndLine()
    {
        using var dir = new TempDirectory();
        var file = dir.File("ratings.csv");
        await File.WriteAllTextAsync(file, "\uFEFFunit,observer,value\n1,A,x\n1,B,\n", new UTF8Encoding(false));

        var result = await CliProcess.RunAsync(["agreement", file, .. Columns]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: {file}: line 3: the 'value' cell (field 3) is empty", result.Stderr.Trim());
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public async Task MissingColumn_ExitsWith2ListingTheColumnsPresent()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("ratings.csv", "unit,coder,value\n1,A,x\n");

        var result = await CliProcess.RunAsync(["agreement", file, .. Columns]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{file}: line 1: expected the rater column 'observer', but the header has only: 'unit', 'coder', 'value'", result.Stderr, StringComparison.Ordinal);
    }
}
