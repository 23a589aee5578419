using System.Buffers.Binary;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>
/// The missing-value codes of Stata's dta help (release 113 onwards, unchanged through 119), type by type: the largest
/// number, '.', .a and .z, in both byte orders. The pandas tests cover the same codes as written into real files.
/// </summary>
public sealed class StataNumbersTests
{
    [Theory]
    [InlineData(StataType.Byte, 100L, StataValueKind.Number, '\0')]
    [InlineData(StataType.Byte, -127L, StataValueKind.Number, '\0')]
    [InlineData(StataType.Byte, 101L, StataValueKind.SystemMissing, '\0')]
    [InlineData(StataType.Byte, 102L, StataValueKind.ExtendedMissing, 'a')]
    [InlineData(StataType.Byte, 127L, StataValueKind.ExtendedMissing, 'z')]
    [InlineData(StataType.Int, 32740L, StataValueKind.Number, '\0')]
    [InlineData(StataType.Int, 32741L, StataValueKind.SystemMissing, '\0')]
    [InlineData(StataType.Int, 32742L, StataValueKind.ExtendedMissing, 'a')]
    [InlineData(StataType.Int, 32767L, StataValueKind.ExtendedMissing, 'z')]
    [InlineData(StataType.Long, 2147483620L, StataValueKind.Number, '\0')]
    [InlineData(StataType.Long, 2147483621L, StataValueKind.SystemMissing, '\0')]
    [InlineData(StataType.Long, 2147483622L, StataValueKind.ExtendedMissing, 'a')]
    [InlineData(StataType.Long, 2147483647L, StataValueKind.ExtendedMissing, 'z')]
    [InlineData(StataType.Float, 0x7effffffL, StataValueKind.Number, '\0')]
    [InlineData(StataType.Float, 0x7f000000L, StataValueKind.SystemMissing, '\0')]
    [InlineData(StataType.Float, 0x7f000800L, StataValueKind.ExtendedMissing, 'a')]
    [InlineData(StataType.Float, 0x7f00d000L, StataValueKind.ExtendedMissing, 'z')]
    [InlineData(StataType.Double, 0x7fdfffffffffffffL, StataValueKind.Number, '\0')]
    [InlineData(StataType.Double, 0x7fe0000000000000L, StataValueKind.SystemMissing, '\0')]
    [InlineData(StataType.Double, 0x7fe0010000000000L, StataValueKind.ExtendedMissing, 'a')]
    [InlineData(StataType.Double, 0x7fe01a0000000000L, StataValueKind.ExtendedMissing, 'z')]
    public void StoredValue_DecodesAsTheDtaHelpSays(StataType type, long stored, StataValueKind kind, char letter)
    {
        foreach (var bigEndian in new[] { false, true })
        {
            var bytes = Bytes(type, stored, bigEndian);

            var decoded = StataNumbers.Decode(type, bytes, bigEndian, out var number, out var read);

            Assert.Equal((kind, letter), (decoded, read));
            if (kind == StataValueKind.Number && type is StataType.Byte or StataType.Int or StataType.Long)
            {
                Assert.Equal(stored, number);
            }
        }
    }

    [Fact]
    public void LargestFloatAndDouble_AreTheDocumentedNumbers()
    {
        StataNumbers.Decode(StataType.Float, Bytes(StataType.Float, 0x7effffff, false), false, out var single, out _);
        StataNumbers.Decode(StataType.Double, Bytes(StataType.Double, 0x7fdfffffffffffff, false), false, out var real, out _);

        // dta help: "float … maximum nonmissing +1.70141173319e+38", "double … +8.9884656743e+307".
        Assert.Equal(1.70141173319e+38, single, 1e27);
        Assert.Equal(8.9884656743e+307, real, 1e297);
    }

    [Fact]
    public void LabelCodes_UseTheLongMissingCodes()
    {
        Assert.Equal([(object?)2147483620.0, null, new StataMissing('a'), new StataMissing('z')], new[] { 2147483620, 2147483621, 2147483622, int.MaxValue }.Select(StataNumbers.LabelCode));
    }

    private static byte[] Bytes(StataType type, long stored, bool bigEndian)
    {
        var bytes = new byte[StataNumbers.Width(type)];
        switch (bytes.Length)
        {
            case 1:
                bytes[0] = (byte)stored;
                break;
            case 2 when bigEndian:
                BinaryPrimitives.WriteInt16BigEndian(bytes, (short)stored);
                break;
            case 2:
                BinaryPrimitives.WriteInt16LittleEndian(bytes, (short)stored);
                break;
            case 4 when bigEndian:
                BinaryPrimitives.WriteInt32BigEndian(bytes, (int)stored);
                break;
            case 4:
                BinaryPrimitives.WriteInt32LittleEndian(bytes, (int)stored);
                break;
            case 8 when bigEndian:
                BinaryPrimitives.WriteInt64BigEndian(bytes, stored);
                break;
            default:
                BinaryPrimitives.WriteInt64LittleEndian(bytes, stored);
                break;
        }

        return bytes;
    }
}
