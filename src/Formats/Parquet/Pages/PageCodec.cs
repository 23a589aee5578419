using System.IO.Compression;
using IronSnappy;
using ValueAtlas.Formats.Parquet.Metadata;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>Page compression. Decompression checks sizes against the page header before it allocates anything large.</summary>
internal static class PageCodec
{
    public static int Code(ParquetCompression compression) => compression switch
    {
        ParquetCompression.None => CodecCode.Uncompressed,
        ParquetCompression.Snappy => CodecCode.Snappy,
        ParquetCompression.Gzip => CodecCode.Gzip,
        _ => throw new ArgumentOutOfRangeException(nameof(compression)),
    };

    public static byte[] Compress(ParquetCompression compression, byte[] data)
    {
        switch (compression)
        {
            case ParquetCompression.None:
                return data;
            case ParquetCompression.Snappy:
                return Snappy.Encode(data);
            case ParquetCompression.Gzip:
                using (var output = new MemoryStream())
                {
                    using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
                    {
                        gzip.Write(data);
                    }

                    return output.ToArray();
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(compression));
        }
    }

    /// <summary>Throws <see cref="InvalidDataException"/> for data that does not decompress to exactly the expected size.</summary>
    public static byte[] Decompress(int codec, ReadOnlySpan<byte> data, int uncompressedSize)
    {
        switch (codec)
        {
            case CodecCode.Uncompressed:
                if (data.Length != uncompressedSize)
                {
                    throw new InvalidDataException($"an uncompressed page of {uncompressedSize} bytes, found {data.Length}");
                }

                return data.ToArray();
            case CodecCode.Snappy:
                var claimed = SnappyLength(data);
                if (claimed != (ulong)uncompressedSize)
                {
                    throw new InvalidDataException($"Snappy data of {uncompressedSize} bytes, its preamble says {claimed}");
                }

                var result = Snappy.Decode(data);
                return result.Length == uncompressedSize ? result : throw new InvalidDataException("Snappy data of the declared size");
            case CodecCode.Gzip:
                return Gunzip(data, uncompressedSize);
            default:
                throw new InvalidDataException($"a supported codec (UNCOMPRESSED, SNAPPY, GZIP), not {CodecCode.Name(codec)}");
        }
    }

    private static byte[] Gunzip(ReadOnlySpan<byte> data, int uncompressedSize)
    {
        using var input = new MemoryStream(data.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        var result = new byte[uncompressedSize];
        var filled = 0;
        int read;
        while (filled < result.Length && (read = gzip.Read(result, filled, result.Length - filled)) > 0)
        {
            filled += read;
        }

        Span<byte> probe = stackalloc byte[1];
        if (filled != uncompressedSize || gzip.Read(probe) != 0)
        {
            throw new InvalidDataException($"GZIP data of {uncompressedSize} bytes");
        }

        return result;
    }

    private static ulong SnappyLength(ReadOnlySpan<byte> data)
    {
        ulong result = 0;
        for (var i = 0; i < Math.Min(data.Length, 5); i++)
        {
            result |= (ulong)(data[i] & 0x7F) << (7 * i);
            if ((data[i] & 0x80) == 0)
            {
                return result;
            }
        }

        throw new InvalidDataException("a Snappy length preamble");
    }
}
