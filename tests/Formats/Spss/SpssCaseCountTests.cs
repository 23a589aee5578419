using System.Buffers.Binary;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>CountCases reports the cases the data really holds (its failures on damaged files: SpssCorruptionTests).</summary>
public sealed class SpssCaseCountTests
{
    [Theory]
    [InlineData("many.sav")]
    [InlineData("many.zsav")]
    public void WholeFile_CountsEveryCase(string name)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.ManyCases);

        Assert.Equal(20000, Count(directory.File(name)));
    }

    [Theory]
    [InlineData("unc.sav", 4)]
    [InlineData("cmp.sav", 4)]
    [InlineData("z.zsav", 4)]
    public void UnknownHeaderCount_CountsTheData(string name, long cases)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var bytes = File.ReadAllBytes(directory.File(name));

        // The header's case count (byte 80) is -1 when a writer streams cases without knowing their number.
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(80), -1);
        File.WriteAllBytes(directory.File("unknown-" + name), bytes);

        Assert.Null(SpssReader.ReadMetadata(directory.File("unknown-" + name)).CaseCount);
        Assert.Equal(cases, Count(directory.File("unknown-" + name)));
    }

    [Fact]
    public void UncompressedCutAfterWholeCases_NamesTheCaseCountReached()
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.ManyCases.Replace("/COMPRESSED", "/UNCOMPRESSED", StringComparison.Ordinal));
        var uncompressed = File.ReadAllBytes(directory.File("many.sav"));

        // One case is n (8 bytes) plus s (A10, two slots): 24 bytes. Keep all but the last 1000 cases.
        File.WriteAllBytes(directory.File("cut.sav"), uncompressed[..^(1000 * 24)]);
        var error = Assert.Throws<FileFormatException>(() => Count(directory.File("cut.sav")));

        Assert.Contains("20000 cases as the header says, but the data ends after 19000", error.Message, StringComparison.Ordinal);
        Assert.Equal(uncompressed.Length - (1000 * 24), error.Offset);
    }

    private static long Count(string path)
    {
        using var reader = SpssReader.Open(path);
        return reader.CountCases(CancellationToken.None);
    }
}
