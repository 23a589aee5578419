using System.Globalization;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>Our reader against readstat and pspp-convert on the same pspp-written files.</summary>
public sealed class SpssAgreementTests
{
    [Theory]
    [InlineData("unc.sav", SpssCompression.None)]
    [InlineData("cmp.sav", SpssCompression.Bytecode)]
    [InlineData("z.zsav", SpssCompression.Zlib)]
    public void Cases_MatchReadstat(string file, SpssCompression compression)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var expected = SpssTools.ReadstatCsv(directory, file);

        using var reader = SpssReader.Open(directory.File(file));
        var cases = reader.ReadCases().ToList();

        Assert.Equal(compression, reader.File.Compression);
        Assert.Equal(expected[0], reader.File.Variables.Select(v => v.Name).ToArray());
        Assert.Equal(expected.Count - 1, cases.Count);
        for (var row = 0; row < cases.Count; row++)
        {
            for (var column = 0; column < reader.File.Variables.Count; column++)
            {
                AssertSame(expected[row + 1][column], cases[row][column], $"{file} case {row + 1} {reader.File.Variables[column].Name}");
            }
        }
    }

    [Fact]
    public void Cases_MatchPsppConvert()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var expected = SpssTools.PsppConvertCsv(directory, "cmp.sav");

        using var reader = SpssReader.Open(directory.File("cmp.sav"));
        var cases = reader.ReadCases().ToList();

        Assert.Equal(expected.Count - 1, cases.Count);
        for (var row = 0; row < cases.Count; row++)
        {
            for (var column = 0; column < cases[row].Values.Count; column++)
            {
                // pspp-convert writes system-missing as a single space.
                var cell = expected[row + 1][column];
                AssertSame(cell == " " && cases[row][column] is null or double ? null : cell, cases[row][column], $"case {row + 1} column {column}");
            }
        }
    }

    [Fact]
    public void VeryLongString_IsJoinedAcrossSegments()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());

        using var reader = SpssReader.Open(directory.File("unc.sav"));
        var big = reader.File.Variables[^1];
        var first = reader.ReadCases().First();

        Assert.Equal(("big", 300, "A300"), (big.Name, big.Width, big.PrintFormat.ToString()));
        Assert.Equal(SpssFixtures.VeryLong, first.Values[^1]);
    }

    [Theory]
    [InlineData("many.sav")]
    [InlineData("many.zsav")]
    public async Task ManyCases_StreamAndMatchReadstat(string file)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.ManyCases);
        var expected = SpssTools.ReadstatCsv(directory, file);

        using var reader = SpssReader.Open(directory.File(file));
        var row = 0;
        await foreach (var item in reader.ReadCasesAsync(CancellationToken.None))
        {
            row++;
            AssertSame(expected[row][0], item[0], $"case {row} n");
            AssertSame(expected[row][1], item[1], $"case {row} s");
        }

        Assert.Equal(20000, row);
        Assert.Equal(expected.Count - 1, row);
        Assert.Equal(20000, reader.File.CaseCount);
    }

    [Fact]
    public async Task ReadCasesAsync_HonoursCancellation()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.ManyCases);
        using var reader = SpssReader.Open(directory.File("many.sav"));
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in reader.ReadCasesAsync(cancel.Token))
            {
                Assert.NotNull(item);
            }
        });
    }

    internal static void AssertSame(string? expected, object? actual, string where)
    {
        switch (actual)
        {
            case null:
                Assert.True(expected is null or "", $"{where}: expected '{expected}', read system-missing");
                break;
            case double number:
                Assert.NotNull(expected);
                var reference = double.Parse(expected!, CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(reference - number) <= 1e-9 * Math.Max(1, Math.Abs(reference)), $"{where}: expected {reference}, read {number}");
                break;
            default:
                Assert.Equal(expected ?? "", actual as string);
                break;
        }
    }
}
