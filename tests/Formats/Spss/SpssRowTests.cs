using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>The reused, non-boxing row path reads what the boxed cases read, and fails where they fail.</summary>
public sealed class SpssRowTests
{
    [Theory]
    [InlineData("unc.sav")]
    [InlineData("cmp.sav")]
    [InlineData("z.zsav")]
    public void ReadRow_SameValuesAsReadCases(string name)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());

        AssertSame(directory.File(name), expectedCases: 4);
    }

    [Theory]
    [InlineData("many.sav")]
    [InlineData("many.zsav")]
    public void ReadRow_ManyCases_SameValuesAsReadCases(string name)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.ManyCases);

        AssertSame(directory.File(name), expectedCases: 20000);
    }

    [Theory]
    [InlineData("unc.sav")]
    [InlineData("cmp.sav")]
    [InlineData("z.zsav")]
    public void ReadRow_TruncatedAnywhere_FailsAsReadCasesDoes(string name)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var bytes = File.ReadAllBytes(directory.File(name));
        var damaged = directory.File("damaged-" + name);
        for (var length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(damaged, bytes[..length]);

            var boxed = Assert.Throws<FileFormatException>(() => ReadCases(damaged).Count);
            var rows = Assert.Throws<FileFormatException>(() => ReadRows(damaged));

            Assert.Equal(boxed.Message, rows.Message);
        }
    }

    private static void AssertSame(string file, int expectedCases)
    {
        var cases = ReadCases(file);
        using var reader = SpssReader.Open(file);
        var row = reader.StartRows();
        var count = 0;
        while (reader.ReadRow(row))
        {
            var expected = cases[count++];
            for (var v = 0; v < reader.File.Variables.Count; v++)
            {
                object? actual = reader.File.Variables[v].IsString ? row.Text(v) : row.IsSystemMissing(v) ? null : row.Number(v);
                Assert.Equal(expected[v], actual);
            }
        }

        Assert.Equal(expectedCases, count);
        Assert.False(reader.ReadRow(row));
    }

    private static List<SpssCase> ReadCases(string file)
    {
        using var reader = SpssReader.Open(file);
        return [.. reader.ReadCases()];
    }

    private static int ReadRows(string file)
    {
        using var reader = SpssReader.Open(file);
        var row = reader.StartRows();
        var count = 0;
        while (reader.ReadRow(row))
        {
            count++;
        }

        return count;
    }
}
