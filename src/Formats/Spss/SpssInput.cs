using System.Buffers.Binary;

namespace ValueAtlas.Formats.Spss;

/// <summary>
/// Reads the fixed-size pieces of a system file in the file's byte order. Every short read becomes a
/// FileFormatException, and lengths are checked against what is left so a corrupt count cannot allocate gigabytes.
/// </summary>
internal sealed class SpssInput(Stream stream, string file)
{
    private readonly byte[] _scratch = new byte[8];

    public bool BigEndian { get; set; }

    public string File => file;

    public Stream Stream => stream;

    public long Position => stream.Position;

    public long Remaining => stream.Length - stream.Position;

    public FileFormatException Error(long offset, string expected, Exception? inner = null) => new(file, offset, expected, inner);

    public void ReadExactly(Span<byte> buffer, string expected)
    {
        var at = Position;
        var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read < buffer.Length)
        {
            throw Error(at, $"{expected} ({buffer.Length} bytes), but the file ends after {read}");
        }
    }

    public byte[] ReadBytes(long count, string expected)
    {
        if (count < 0 || count > Remaining)
        {
            throw Error(Position, $"{expected} of {count} bytes, but only {Remaining} bytes remain");
        }

        var bytes = new byte[count];
        ReadExactly(bytes, expected);
        return bytes;
    }

    public int ReadInt32(string expected)
    {
        ReadExactly(_scratch.AsSpan(0, 4), expected);
        return ToInt32(_scratch);
    }

    public long ReadInt64(string expected)
    {
        ReadExactly(_scratch, expected);
        return BigEndian ? BinaryPrimitives.ReadInt64BigEndian(_scratch) : BinaryPrimitives.ReadInt64LittleEndian(_scratch);
    }

    public double ReadDouble(string expected)
    {
        ReadExactly(_scratch, expected);
        return ToDouble(_scratch);
    }

    public void Skip(long count, string expected)
    {
        if (count < 0 || count > Remaining)
        {
            throw Error(Position, $"{expected} of {count} bytes, but only {Remaining} bytes remain");
        }

        stream.Seek(count, SeekOrigin.Current);
    }

    public int ToInt32(ReadOnlySpan<byte> bytes) =>
        BigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);

    public double ToDouble(ReadOnlySpan<byte> bytes) =>
        BigEndian ? BinaryPrimitives.ReadDoubleBigEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes);
}
