using System.Text;

namespace ValueAtlas.Formats.Parquet.Thrift;

/// <summary>
/// Writes the subset of the Thrift compact protocol that Parquet metadata uses. Field ids are delta-encoded against the
/// previous field of the same struct, so nested structs keep their own last id on a stack.
/// </summary>
internal sealed class ThriftCompactWriter
{
    private readonly MemoryStream _out = new();
    private readonly Stack<short> _outerIds = new();
    private short _lastId;

    public byte[] ToArray() => _out.ToArray();

    public void StructBegin()
    {
        _outerIds.Push(_lastId);
        _lastId = 0;
    }

    public void StructEnd()
    {
        _out.WriteByte(ThriftType.Stop);
        _lastId = _outerIds.Pop();
    }

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, ThriftType.I32);
        I32(value);
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, ThriftType.I64);
        Varint(ZigZag(value));
    }

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, ThriftType.Binary);
        Binary(value);
    }

    public void FieldString(short id, string value)
    {
        FieldHeader(id, ThriftType.Binary);
        String(value);
    }

    // Compact protocol folds a bool field's value into the type nibble of its header.
    public void FieldBool(short id, bool value) => FieldHeader(id, value ? ThriftType.BoolTrue : ThriftType.BoolFalse);

    public void FieldStructBegin(short id)
    {
        FieldHeader(id, ThriftType.Struct);
        StructBegin();
    }

    /// <summary>Writes only the header; the value then writes its own <see cref="StructBegin"/> and <see cref="StructEnd"/>.</summary>
    public void FieldStructHeader(short id) => FieldHeader(id, ThriftType.Struct);

    public void FieldListBegin(short id, byte elementType, int count)
    {
        FieldHeader(id, ThriftType.List);
        ListHeader(elementType, count);
    }

    public void I32(int value) => Varint(ZigZag(value));

    public void String(string value) => Binary(Encoding.UTF8.GetBytes(value));

    public void Binary(ReadOnlySpan<byte> value)
    {
        Varint((ulong)value.Length);
        _out.Write(value);
    }

    private void ListHeader(byte elementType, int count)
    {
        if (count < 15)
        {
            _out.WriteByte((byte)((count << 4) | elementType));
        }
        else
        {
            _out.WriteByte((byte)(0xF0 | elementType));
            Varint((ulong)count);
        }
    }

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastId;
        if (delta is > 0 and <= 15)
        {
            _out.WriteByte((byte)((delta << 4) | type));
        }
        else
        {
            _out.WriteByte(type);
            Varint(ZigZag(id));
        }

        _lastId = id;
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            _out.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        _out.WriteByte((byte)value);
    }
}
