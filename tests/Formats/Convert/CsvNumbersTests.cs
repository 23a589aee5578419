using System.Globalization;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Formats.Tests.Convert;

/// <summary>The fast number paths give exactly what the general parsers give, and defer to them for everything else.</summary>
public sealed class CsvNumbersTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("007")]
    [InlineData("-12.50")]
    [InlineData("0.1")]
    [InlineData("0.3")]
    [InlineData("123456789012345")]
    [InlineData("1234567890123456")]
    [InlineData("12345678.1234567")]
    [InlineData("0.0000000000000000000001")]
    [InlineData("9007199254740993")]
    [InlineData("1e5")]
    [InlineData("-1.5E-3")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("+2")]
    [InlineData("NaN")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1.2.3")]
    [InlineData("1,5")]
    [InlineData(" 1")]
    public void Double_IsWhatTheGeneralParserReads(string text)
    {
        var expected = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var general);

        var ok = CsvNumbers.TryParseDouble(text, out var value);

        Assert.Equal(expected, ok);
        Assert.Equal(BitConverter.DoubleToInt64Bits(general), BitConverter.DoubleToInt64Bits(value));
    }

    [Fact]
    public void RandomDecimals_AreBitForBitWhatTheGeneralParserReads()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = random.Next(1, 16);
            var scale = random.Next(0, digits + 1);
            var number = random.NextInt64((long)Math.Pow(10, digits));
            var text = (random.Next(2) == 0 ? "-" : string.Empty) + (number / (decimal)Math.Pow(10, scale)).ToString("F" + scale, CultureInfo.InvariantCulture);

            Assert.True(CsvNumbers.TryParseDouble(text, out var value));
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), value);
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-7")]
    [InlineData("+7")]
    [InlineData("000123")]
    [InlineData("999999999999999999")]
    [InlineData("9223372036854775807")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775808")]
    [InlineData("1.0")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("1 ")]
    public void Int64_IsWhatTheGeneralParserReads(string text)
    {
        var expected = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var general);

        var ok = CsvNumbers.TryParseInt64(text, out var value);

        Assert.Equal(expected, ok);
        Assert.Equal(general, value);
    }
}
