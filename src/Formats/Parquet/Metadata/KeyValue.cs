using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

internal sealed record KeyValue(string Key, string? Value)
{
    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        w.FieldString(1, Key);
        if (Value is not null)
        {
            w.FieldString(2, Value);
        }

        w.StructEnd();
    }

    public static KeyValue Read(ThriftCompactReader r)
    {
        string? key = null;
        string? value = null;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            switch (id, type)
            {
                case (1, ThriftType.Binary): key = r.String(); break;
                case (2, ThriftType.Binary): value = r.String(); break;
                default: r.Skip(type); break;
            }
        }

        return new KeyValue(key ?? throw r.Error("a key in key-value metadata"), value);
    }
}
