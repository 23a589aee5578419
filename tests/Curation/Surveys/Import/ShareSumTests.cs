using ValueAtlas.Curation.Surveys.Import;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

public sealed class ShareSumTests
{
    [Theory]
    [InlineData(1.003, 8, false)] // the subset's largest rounding miss, on eight options
    [InlineData(0.999, 2, false)] // two three-decimal shares can miss by 0.001
    [InlineData(0.998, 2, true)] // but not by 0.002
    [InlineData(0.0, 8, true)] // the subset's nine all-zero rows
    [InlineData(0.9999999999999999, 4, false)] // exact fractions summed in floating point
    public void IsOff_OutsideHalfAThousandthPerOption(double sum, int options, bool off) =>
        Assert.Equal(off, ShareSum.IsOff(sum, options));
}
