using System.Text;

namespace ValueAtlas.Formats.Parquet.Thrift;

/// <summary>
/// Reads the Thrift compact protocol from a byte range of a file. Every read is bounds-checked and every failure is a
/// <see cref="FileFormatException"/> at the absolute file offset, so damaged metadata never escapes as another exception.
/// </summary>
internal sealed class ThriftCompactReader
{
    // Parquet metadata nests a few levels; a deeper input is garbage that could otherwise recurse without end.
    private const int MaxDepth = 64;

    private readonly byte[] _data;
    private readonly int _end;
    private readonly string _file;
    private readonly long _fileOffset;
    private readonly Stack<short> _outerIds = new();
    private int _position;
    private short _lastId;

    public ThriftCompactReader(byte[] data, int start, int end, string file, long fileOffsetOfStart)
    {
        _data = data;
        _position = start;
        _end = end;
        _file = file;
        _fileOffset = fileOffsetOfStart - start;
    }

    /// <summary>Bytes consumed so far, relative to the start of the array.</summary>
    public int Position => _position;

    public FileFormatException Error(string expected) => new(_file, _fileOffset + _position, "Thrift metadata: " + expected);

    public void StructBegin()
    {
        if (_outerIds.Count >= MaxDepth)
        {
            throw Error("structs nested at most " + MaxDepth + " deep");
        }

        _outerIds.Push(_lastId);
        _lastId = 0;
    }

    /// <summary>Reads the next field header of the current struct; false at the stop byte, which also ends the struct.</summary>
    public bool NextField(out short id, out byte type)
    {
        var header = Byte();
        type = (byte)(header & 0x0F);
        if (type == ThriftType.Stop)
        {
            id = 0;
            _lastId = _outerIds.Pop();
            return false;
        }

        var delta = header >> 4;
        var fieldId = delta != 0 ? _lastId + delta : I32();
        if (fieldId is < short.MinValue or > short.MaxValue)
        {
            throw Error("a 16-bit field id");
        }

        id = (short)fieldId;
        _lastId = id;
        return true;
    }

    public int I32()
    {
        var raw = Varint();
        if (raw > uint.MaxValue)
        {
            throw Error("a 32-bit integer");
        }

        var value = (uint)raw;
        return (int)(value >> 1) ^ -(int)(value & 1);
    }

    public long I64()
    {
        var value = Varint();
        return (long)(value >> 1) ^ -(long)(value & 1);
    }

    public static bool Bool(byte fieldType) => fieldType == ThriftType.BoolTrue;

    public byte[] Binary()
    {
        var length = Varint();
        if (length > (ulong)(_end - _position))
        {
            throw Error($"a byte string of {length} bytes within the metadata");
        }

        var bytes = _data.AsSpan(_position, (int)length).ToArray();
        _position += (int)length;
        return bytes;
    }

    public string String()
    {
        var at = _position;
        var bytes = Binary();
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new FileFormatException(_file, _fileOffset + at, "Thrift metadata: a UTF-8 string", e);
        }
    }

    public (byte ElementType, int Count) ListHeader()
    {
        var header = Byte();
        var count = (long)(header >> 4);
        if (count == 15)
        {
            count = (long)Math.Min(Varint(), int.MaxValue + 1UL);
        }

        // Each element takes at least one byte, so a larger count is a lie that would make callers loop or allocate.
        if (count > _end - _position)
        {
            throw Error($"a list of {count} elements within the metadata");
        }

        return ((byte)(header & 0x0F), (int)count);
    }

    public void Skip(byte type) => Skip(type, 0);

    private void Skip(byte type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error("values nested at most " + MaxDepth + " deep");
        }

        switch (type)
        {
            case ThriftType.BoolTrue or ThriftType.BoolFalse:
                break;
            case ThriftType.Byte:
                Byte();
                break;
            case ThriftType.I16 or ThriftType.I32 or ThriftType.I64:
                Varint();
                break;
            case ThriftType.Double:
                Advance(8);
                break;
            case ThriftType.Binary:
                Binary();
                break;
            case ThriftType.List or ThriftType.Set:
                var (elementType, count) = ListHeader();
                for (var i = 0; i < count; i++)
                {
                    // Inside collections a bool is a whole byte, not a folded type nibble.
                    if (elementType is ThriftType.BoolTrue or ThriftType.BoolFalse)
                    {
                        Byte();
                    }
                    else
                    {
                        Skip(elementType, depth + 1);
                    }
                }

                break;
            case ThriftType.Map:
                var size = Varint();
                if (size > (ulong)(_end - _position))
                {
                    throw Error("a map within the metadata");
                }

                if (size > 0)
                {
                    var kinds = Byte();
                    for (var i = 0UL; i < size; i++)
                    {
                        Skip((byte)(kinds >> 4), depth + 1);
                        Skip((byte)(kinds & 0x0F), depth + 1);
                    }
                }

                break;
            case ThriftType.Struct:
                StructBegin();
                while (NextField(out _, out var fieldType))
                {
                    Skip(fieldType, depth + 1);
                }

                break;
            default:
                throw Error($"a known Thrift type, not {type}");
        }
    }

    private void Advance(int count)
    {
        if (_end - _position < count)
        {
            throw Error($"{count} more bytes");
        }

        _position += count;
    }

    private byte Byte()
    {
        if (_position >= _end)
        {
            throw Error("more bytes (the metadata ends early)");
        }

        return _data[_position++];
    }

    private ulong Varint()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = Byte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }

        throw Error("a varint of at most 10 bytes");
    }
}
