using System.Text;
using ValueAtlas.Formats.Parquet.Pages;

namespace ValueAtlas.Formats.Tests.Parquet;

public sealed class Utf8OrderTests
{
    [Theory]
    [InlineData("a", "b")]
    [InlineData("가", "나")]
    [InlineData("ab", "abc")]
    [InlineData("\uFF21", "😀")]
    [InlineData("\uE000", "𝄞")]
    [InlineData("z", "\uFFFD")]
    public void Order_AgreesWithUtf8Bytes(string a, string b)
    {
        var bytes = Math.Sign(Encoding.UTF8.GetBytes(a).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(b)));

        Assert.Equal(bytes, Math.Sign(ColumnStatistics.Utf8Order(a, b)));
        Assert.Equal(-bytes, Math.Sign(ColumnStatistics.Utf8Order(b, a)));
    }
}
