using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

public sealed class SpssBigEndianTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void HandBuiltBigEndianFile_ReadsWithCharacterCode949(bool compressed)
    {
        using var directory = new TempDirectory();
        var path = directory.File("be.sav");
        File.WriteAllBytes(path, BigEndianSav.Build(compressed));

        using var reader = SpssReader.Open(path);
        var cases = reader.ReadCases().ToList();

        Assert.True(reader.File.BigEndian);
        Assert.Equal(compressed ? SpssCompression.Bytecode : SpssCompression.None, reader.File.Compression);
        Assert.Equal("BE test", reader.File.FileLabel);
        Assert.Equal("점수", reader.File.Variables[0].Label);
        Assert.Equal("F8.2", reader.File.Variables[0].PrintFormat.ToString());
        Assert.Equal([new SpssValueLabel(SpssValue.Of(1), "하나")], reader.File.Variables[0].ValueLabels);
        Assert.Equal(2, cases.Count);
        Assert.Equal([1.0, "가나"], cases[0].Values);
        Assert.Equal([null, "abc"], cases[1].Values);
    }
}
