using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>Strings whose byte width cuts a multi-byte character: the partial character is dropped, as readstat does.</summary>
public sealed class SpssCutCharacterTests
{
    [Theory]
    [InlineData("cut.sav")]
    [InlineData("cutc.sav")]
    [InlineData("cut.zsav")]
    public void Utf8Cut_DropsThePartialCharacterLikeReadstat(string file)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.CutUtf8);
        var expected = SpssTools.ReadstatCsv(directory, file);

        var cases = ReadAll(directory.File(file));

        Assert.Equal(expected.Count - 1, cases.Count);
        for (var row = 0; row < cases.Count; row++)
        {
            for (var column = 0; column < cases[row].Length; column++)
            {
                SpssAgreementTests.AssertSame(expected[row + 1][column], cases[row][column], $"{file} case {row + 1} column {column}");
            }
        }

        // The bytes kept: 1 + 84 syllables of 3 bytes (255 cuts the 85th), 3 of 4 syllables in A10, 2 + 199 in A600.
        Assert.Equal(["a" + SpssFixtures.Hangul(84), "가나다", "ab" + SpssFixtures.Hangul(199)], cases[0][1..]);
    }

    [Theory]
    [InlineData("k.sav")]
    [InlineData("kc.sav")]
    [InlineData("k.zsav")]
    public void Cp949Cut_DropsThePartialCharacterAndJoinsSegments(string file)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.CutCp949);

        // readstat refuses CP949 ("unsupported character set"), so pspp-convert is the reference; it shows a partial
        // character as '?', which is the one place we differ by design.
        var expected = SpssTools.PsppConvertCsv(directory, file);
        var cases = ReadAll(directory.File(file));

        Assert.Equal("ab" + SpssFixtures.Hangul(126) + "?", expected[1][1]);
        Assert.Equal(["ab" + SpssFixtures.Hangul(126), "ab가나다", "ab" + SpssFixtures.Hangul(149)], cases[0][1..]);
        Assert.Equal(expected[1][1..], cases[0][1..].Select((text, i) => i < 2 ? text + "?" : text));
    }

    [Fact]
    public void Tegulu_MatchesReadstat()
    {
        // SPSS-written (pyreadstat's test data): the string's byte width ends inside a Telugu character.
        var path = RepoRoot.File("tests", "Formats", "Spss", "Data", "tegulu.sav");
        using var directory = new TempDirectory();
        File.Copy(path, directory.File("tegulu.sav"));
        var expected = SpssTools.ReadstatCsv(directory, "tegulu.sav");

        var cases = ReadAll(path);

        Assert.Equal("నేను గతంలో వాడిన బ", expected[1][1]);
        Assert.Single(cases);
        SpssAgreementTests.AssertSame(expected[1][0], cases[0][0], "record");
        Assert.Equal(expected[1][1], cases[0][1]);
    }

    private static List<object?[]> ReadAll(string path)
    {
        using var reader = SpssReader.Open(path);
        return reader.ReadCases().Select(c => c.Values.ToArray()).ToList();
    }
}
