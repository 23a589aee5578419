using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

internal sealed record SchemaElement(
    string Name,
    int? Type = null,
    int? Repetition = null,
    int? NumChildren = null,
    int? ConvertedType = null,
    LogicalType? Logical = null)
{
    public const int Required = 0;
    public const int Optional = 1;
    public const int Repeated = 2;
    public const int ConvertedUtf8 = 0;
    public const int ConvertedDate = 6;
    public const int ConvertedTimestampMillis = 9;
    public const int ConvertedTimestampMicros = 10;

    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        if (Type is { } type)
        {
            w.FieldI32(1, type);
        }

        if (Repetition is { } repetition)
        {
            w.FieldI32(3, repetition);
        }

        w.FieldString(4, Name);
        if (NumChildren is { } children)
        {
            w.FieldI32(5, children);
        }

        if (ConvertedType is { } converted)
        {
            w.FieldI32(6, converted);
        }

        if (Logical is not null)
        {
            w.FieldStructHeader(10);
            Logical.Write(w);
        }

        w.StructEnd();
    }

    public static SchemaElement Read(ThriftCompactReader r)
    {
        string? name = null;
        int? type = null, repetition = null, children = null, converted = null;
        LogicalType? logical = null;
        r.StructBegin();
        while (r.NextField(out var id, out var fieldType))
        {
            switch (id, fieldType)
            {
                case (1, ThriftType.I32): type = r.I32(); break;
                case (3, ThriftType.I32): repetition = r.I32(); break;
                case (4, ThriftType.Binary): name = r.String(); break;
                case (5, ThriftType.I32): children = r.I32(); break;
                case (6, ThriftType.I32): converted = r.I32(); break;
                case (10, ThriftType.Struct): logical = LogicalType.Read(r); break;
                default: r.Skip(fieldType); break;
            }
        }

        return new SchemaElement(name ?? throw r.Error("a name in a schema element"), type, repetition, children, converted, logical);
    }
}
