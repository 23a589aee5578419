using System.Buffers.Binary;
using System.Text;

namespace ValueAtlas.Formats.Stata;

/// <summary>
/// Reads the pieces of a .dta file in its byte order. Every short read, wrong tag and impossible length becomes a
/// FileFormatException naming the offset, and lengths are checked against the file size before anything is allocated.
/// </summary>
internal sealed class StataInput(FileStream stream, string file)
{
    private readonly byte[] _scratch = new byte[8];

    public bool BigEndian { get; set; }

    public string File => file;

    public long Length { get; } = stream.Length;

    public long Position => stream.Position;

    public FileFormatException Error(long offset, string expected) => new(file, offset, expected);

    public void Seek(long offset, string what)
    {
        if (offset < 0 || offset > Length)
        {
            throw Error(Position, $"{what} at byte {offset}, but the file has {Length} bytes");
        }

        stream.Position = offset;
    }

    public void ReadExactly(Span<byte> buffer, string expected)
    {
        var at = Position;
        var read = ReadAtMost(buffer);
        if (read < buffer.Length)
        {
            throw Short(at, expected, buffer.Length, read);
        }
    }

    /// <summary>Fills as much of the buffer as the file holds; for the per-observation read, which builds no message unless it fails.</summary>
    public int ReadAtMost(Span<byte> buffer) => stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);

    public FileFormatException Short(long offset, string expected, int wanted, int read) =>
        Error(offset, $"{expected} ({wanted} bytes), but the file ends after {read}");

    public byte[] ReadBytes(long count, string expected)
    {
        Require(count, expected);
        var bytes = new byte[count];
        ReadExactly(bytes, expected);
        return bytes;
    }

    /// <summary>Fails unless count bytes remain from here.</summary>
    public void Require(long count, string expected)
    {
        if (count < 0 || count > Length - Position)
        {
            throw Error(Position, $"{expected} of {count} bytes, but only {Length - Position} bytes remain");
        }
    }

    public void Tag(string tag)
    {
        var at = Position;
        Span<byte> bytes = stackalloc byte[tag.Length];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < bytes.Length || !bytes.SequenceEqual(Encoding.ASCII.GetBytes(tag)))
        {
            throw Error(at, $"the tag {tag}, found \"{Printable(bytes[..read])}\"");
        }
    }

    /// <summary>True (and past it) when the tag comes next; otherwise the position is left where it was.</summary>
    public bool TryTag(string tag)
    {
        var at = Position;
        Span<byte> bytes = stackalloc byte[tag.Length];
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read == bytes.Length && bytes.SequenceEqual(Encoding.ASCII.GetBytes(tag)))
        {
            return true;
        }

        stream.Position = at;
        return false;
    }

    public byte ReadByte(string expected)
    {
        ReadExactly(_scratch.AsSpan(0, 1), expected);
        return _scratch[0];
    }

    public ulong ReadUnsigned(int size, string expected)
    {
        ReadExactly(_scratch.AsSpan(0, size), expected);
        return Unsigned(_scratch.AsSpan(0, size));
    }

    public int ReadInt32(string expected)
    {
        ReadExactly(_scratch.AsSpan(0, 4), expected);
        return Int32(_scratch);
    }

    public int Int32(ReadOnlySpan<byte> bytes) =>
        BigEndian ? BinaryPrimitives.ReadInt32BigEndian(bytes) : BinaryPrimitives.ReadInt32LittleEndian(bytes);

    /// <summary>An unsigned integer of 1 to 8 bytes in the file's byte order.</summary>
    public ulong Unsigned(ReadOnlySpan<byte> bytes) => Unsigned(bytes, BigEndian);

    public static ulong Unsigned(ReadOnlySpan<byte> bytes, bool bigEndian)
    {
        ulong value = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            value = (value << 8) | bytes[bigEndian ? i : bytes.Length - 1 - i];
        }

        return value;
    }

    private static string Printable(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            text.Append(b is >= 0x20 and < 0x7f ? (char)b : '?');
        }

        return text.ToString();
    }
}
