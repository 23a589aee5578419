using System.Buffers.Binary;

namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// The frame of a Parquet file checked before Parquet.Net parses it, so damage there is reported at its byte: the magic
/// at both ends and a footer length that fits the file.
/// </summary>
internal static class ParquetFooterCheck
{
    public const int TailLength = 8;

    /// <summary>The byte offset where the footer starts.</summary>
    public static long Check(string path, Stream stream)
    {
        var length = stream.Length;
        if (length < 4 + TailLength)
        {
            throw new FileFormatException(path, length, "a Parquet file of at least 12 bytes (magic, footer length, magic)");
        }

        Span<byte> head = stackalloc byte[4];
        stream.Position = 0;
        stream.ReadExactly(head);
        if (!head.SequenceEqual("PAR1"u8))
        {
            throw new FileFormatException(path, 0, "the magic bytes PAR1 at the start of a Parquet file");
        }

        Span<byte> tail = stackalloc byte[TailLength];
        stream.Position = length - TailLength;
        stream.ReadExactly(tail);
        if (!tail[4..].SequenceEqual("PAR1"u8))
        {
            throw new FileFormatException(path, length - 4, "the magic bytes PAR1 at the end of a Parquet file (truncated or encrypted?)");
        }

        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (footerLength <= 0 || footerLength > length - 4 - TailLength)
        {
            throw new FileFormatException(path, length - TailLength, $"a footer length from 1 to {length - 4 - TailLength}, not {footerLength}");
        }

        stream.Position = 0;
        return length - TailLength - footerLength;
    }
}
