using ValueAtlas.Formats.Parquet.Pages;

namespace ValueAtlas.Formats.Tests.Parquet;

public sealed class RleHybridTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, 7)]
    [InlineData(1, 1000)]
    [InlineData(3, 999)]
    [InlineData(12, 5000)]
    [InlineData(32, 100)]
    public void Encode_ThenDecode_GivesTheValuesBack(int bitWidth, int count)
    {
        var random = new Random(bitWidth * 31 + count);
        var max = bitWidth == 32 ? int.MaxValue : (1 << bitWidth) - 1;
        // Mix long runs (RLE) with noise (bit-packed) so both run kinds and their boundaries are exercised.
        var values = new int[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i / 50 % 2 == 0 ? max : random.Next(0, max);
        }

        var encoded = RleHybridEncoder.Encode(values, bitWidth);
        var decoded = new int[count];
        RleHybridDecoder.Decode(encoded, bitWidth, decoded);

        Assert.Equal(values, decoded);
    }

    [Fact]
    public void TooFewEncodedValues_IsInvalidData()
    {
        var encoded = RleHybridEncoder.Encode([1, 0, 1], 1);

        Assert.Throws<InvalidDataException>(() => RleHybridDecoder.Decode(encoded, 1, new int[100]));
    }
}
