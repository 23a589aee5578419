using System.Buffers.Binary;

namespace ValueAtlas.Formats.Stata;

/// <summary>
/// Decodes a stored number. Each type reserves its top values for missing: '.' first, then .a to .z, one integer
/// apart for byte/int/long, 0x800 apart (floats) or 2^40 apart (doubles) in the bit pattern; anything above the
/// largest non-missing value counts as missing, as Stata treats it.
/// </summary>
internal static class StataNumbers
{
    private const int MaxByte = 100;
    private const int MaxInt = 32740;
    private const int MaxLong = 2147483620;
    private const int MaxFloatBits = 0x7effffff;
    private const int FloatMissingBits = 0x7f000000;
    private const long MaxDoubleBits = 0x7fdfffffffffffff;
    private const long DoubleMissingBits = 0x7fe0000000000000;

    public static int Width(StataType type) => type switch
    {
        StataType.Byte => 1,
        StataType.Int => 2,
        StataType.Long or StataType.Float => 4,
        _ => 8,
    };

    public static StataValueKind Decode(StataType type, ReadOnlySpan<byte> bytes, bool bigEndian, out double number, out char letter)
    {
        number = 0;
        letter = '\0';
        switch (type)
        {
            case StataType.Byte:
                return Integer((sbyte)bytes[0], MaxByte, ref number, ref letter);
            case StataType.Int:
                return Integer(bigEndian ? BinaryPrimitives.ReadInt16BigEndian(bytes) : BinaryPrimitives.ReadInt16LittleEndian(bytes), MaxInt, ref number, ref letter);
            case StataType.Long:
                return Integer(bigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes), MaxLong, ref number, ref letter);
            case StataType.Float:
                var bits = bigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);
                if (bits <= MaxFloatBits)
                {
                    number = BitConverter.Int32BitsToSingle(bits);
                    return double.IsNaN(number) ? StataValueKind.SystemMissing : StataValueKind.Number;
                }

                return Missing((bits - FloatMissingBits) >> 11, ref letter);
            default:
                var longBits = bigEndian ? BinaryPrimitives.ReadInt64BigEndian(bytes) : BinaryPrimitives.ReadInt64LittleEndian(bytes);
                if (longBits <= MaxDoubleBits)
                {
                    number = BitConverter.Int64BitsToDouble(longBits);
                    return double.IsNaN(number) ? StataValueKind.SystemMissing : StataValueKind.Number;
                }

                return Missing((longBits - DoubleMissingBits) >> 40, ref letter);
        }
    }

    /// <summary>A value-label code: an int32 with the missing codes of a long.</summary>
    public static object? LabelCode(int code)
    {
        double number = 0;
        var letter = '\0';
        return Integer(code, MaxLong, ref number, ref letter) switch
        {
            StataValueKind.Number => number,
            StataValueKind.ExtendedMissing => new StataMissing(letter),
            _ => null,
        };
    }

    private static StataValueKind Integer(int value, int max, ref double number, ref char letter)
    {
        if (value <= max)
        {
            number = value;
            return StataValueKind.Number;
        }

        return Missing(value - max - 1, ref letter);
    }

    private static StataValueKind Missing(long index, ref char letter)
    {
        // Index 0 is '.'; past .z (a float's infinity or NaN patterns) nothing is left to mean but missing.
        if (index is >= 1 and <= 26)
        {
            letter = (char)('a' + index - 1);
            return StataValueKind.ExtendedMissing;
        }

        return StataValueKind.SystemMissing;
    }
}
