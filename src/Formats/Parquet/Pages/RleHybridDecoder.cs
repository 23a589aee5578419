namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>
/// Decodes the RLE/bit-packed hybrid encoding. Malformed input throws <see cref="InvalidDataException"/>, which the
/// page reader turns into a <see cref="FileFormatException"/> at the page's offset. Every step consumes input, so
/// garbage cannot loop forever.
/// </summary>
internal static class RleHybridDecoder
{
    public static void Decode(ReadOnlySpan<byte> data, int bitWidth, Span<int> output)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw new InvalidDataException($"a bit width of 0 to 32, not {bitWidth}");
        }

        var position = 0;
        var filled = 0;
        var valueBytes = (bitWidth + 7) / 8;
        while (filled < output.Length)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException($"{output.Length} encoded levels or indices, found {filled}");
            }

            var header = ReadVarint(data, ref position);
            if ((header & 1) == 0)
            {
                var count = (int)Math.Min(header >> 1, (ulong)(output.Length - filled));
                if (data.Length - position < valueBytes)
                {
                    throw new InvalidDataException("the value of an RLE run");
                }

                var value = 0;
                for (var b = 0; b < valueBytes; b++)
                {
                    value |= data[position + b] << (8 * b);
                }

                position += valueBytes;
                output.Slice(filled, count).Fill(value);
                filled += count;
            }
            else
            {
                var groups = header >> 1;
                if (groups > (ulong)data.Length)
                {
                    throw new InvalidDataException($"{groups} bit-packed groups within the page");
                }

                var bytes = groups * (ulong)bitWidth;
                if (bytes > (ulong)(data.Length - position))
                {
                    throw new InvalidDataException($"{groups} bit-packed groups within the page");
                }

                var count = (int)Math.Min(groups * 8, (ulong)(output.Length - filled));
                var bit = (long)position * 8;
                for (var i = 0; i < count; i++)
                {
                    var value = 0L;
                    for (var b = 0; b < bitWidth; b++, bit++)
                    {
                        value |= (long)((data[(int)(bit >> 3)] >> (int)(bit & 7)) & 1) << b;
                    }

                    output[filled + i] = (int)value;
                }

                filled += count;
                position += (int)bytes;
            }
        }
    }

    private static ulong ReadVarint(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("a complete run header");
            }

            var b = data[position++];
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException("a run header of at most 10 bytes");
    }
}
