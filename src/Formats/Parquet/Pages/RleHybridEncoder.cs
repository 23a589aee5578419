namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>
/// The RLE/bit-packed hybrid encoding used for definition levels and dictionary indices. Runs of 8 or more equal
/// values become RLE runs; everything else is bit-packed in groups of 8 (the last group padded with zeros, which
/// readers ignore because they know the value count).
/// </summary>
internal static class RleHybridEncoder
{
    public static byte[] Encode(ReadOnlySpan<int> values, int bitWidth)
    {
        using var output = new MemoryStream();
        var literals = new List<int>();
        var i = 0;
        while (i < values.Length)
        {
            var run = 1;
            while (i + run < values.Length && values[i + run] == values[i])
            {
                run++;
            }

            // A bit-packed run must hold whole groups of 8, so an RLE run may only start on a group boundary.
            if (run >= 8 && literals.Count % 8 == 0)
            {
                FlushLiterals(output, literals, bitWidth);
                WriteVarint(output, (uint)run << 1);
                var value = values[i];
                for (var b = 0; b < (bitWidth + 7) / 8; b++)
                {
                    output.WriteByte((byte)(value >> (8 * b)));
                }

                i += run;
            }
            else
            {
                literals.Add(values[i]);
                i++;
            }
        }

        FlushLiterals(output, literals, bitWidth);
        return output.ToArray();
    }

    public static int BitWidth(int maxValue) => maxValue == 0 ? 0 : 32 - int.LeadingZeroCount(maxValue);

    private static void FlushLiterals(MemoryStream output, List<int> literals, int bitWidth)
    {
        if (literals.Count == 0)
        {
            return;
        }

        var groups = (literals.Count + 7) / 8;
        WriteVarint(output, ((uint)groups << 1) | 1);
        var packed = new byte[groups * bitWidth];
        var bit = 0;
        foreach (var value in literals)
        {
            for (var b = 0; b < bitWidth; b++, bit++)
            {
                if (((value >> b) & 1) != 0)
                {
                    packed[bit >> 3] |= (byte)(1 << (bit & 7));
                }
            }
        }

        output.Write(packed);
        literals.Clear();
    }

    private static void WriteVarint(MemoryStream output, uint value)
    {
        while (value >= 0x80)
        {
            output.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }
}
