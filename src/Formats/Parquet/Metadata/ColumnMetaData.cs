using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

internal sealed record ColumnMetaData(
    int Type,
    IReadOnlyList<int> Encodings,
    IReadOnlyList<string> Path,
    int Codec,
    long NumValues,
    long TotalUncompressedSize,
    long TotalCompressedSize,
    long DataPageOffset,
    long? DictionaryPageOffset,
    Statistics? Statistics)
{
    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        w.FieldI32(1, Type);
        w.FieldListBegin(2, ThriftType.I32, Encodings.Count);
        foreach (var encoding in Encodings)
        {
            w.I32(encoding);
        }

        w.FieldListBegin(3, ThriftType.Binary, Path.Count);
        foreach (var part in Path)
        {
            w.String(part);
        }

        w.FieldI32(4, Codec);
        w.FieldI64(5, NumValues);
        w.FieldI64(6, TotalUncompressedSize);
        w.FieldI64(7, TotalCompressedSize);
        w.FieldI64(9, DataPageOffset);
        if (DictionaryPageOffset is { } dictionary)
        {
            w.FieldI64(11, dictionary);
        }

        if (Statistics is not null)
        {
            w.FieldStructHeader(12);
            Statistics.Write(w);
        }

        w.StructEnd();
    }

    public static ColumnMetaData Read(ThriftCompactReader r)
    {
        int? type = null, codec = null;
        var encodings = new List<int>();
        var path = new List<string>();
        long? numValues = null, uncompressed = null, compressed = null, dataOffset = null, dictionaryOffset = null;
        Statistics? statistics = null;
        r.StructBegin();
        while (r.NextField(out var id, out var fieldType))
        {
            switch (id, fieldType)
            {
                case (1, ThriftType.I32): type = r.I32(); break;
                case (2, ThriftType.List): ReadList(r, ThriftType.I32, () => encodings.Add(r.I32())); break;
                case (3, ThriftType.List): ReadList(r, ThriftType.Binary, () => path.Add(r.String())); break;
                case (4, ThriftType.I32): codec = r.I32(); break;
                case (5, ThriftType.I64): numValues = r.I64(); break;
                case (6, ThriftType.I64): uncompressed = r.I64(); break;
                case (7, ThriftType.I64): compressed = r.I64(); break;
                case (9, ThriftType.I64): dataOffset = r.I64(); break;
                case (11, ThriftType.I64): dictionaryOffset = r.I64(); break;
                case (12, ThriftType.Struct): statistics = Statistics.Read(r); break;
                default: r.Skip(fieldType); break;
            }
        }

        return new ColumnMetaData(
            type ?? throw r.Error("a type in column metadata"),
            encodings,
            path,
            codec ?? throw r.Error("a codec in column metadata"),
            numValues ?? throw r.Error("num_values in column metadata"),
            uncompressed ?? 0,
            compressed ?? throw r.Error("total_compressed_size in column metadata"),
            dataOffset ?? throw r.Error("data_page_offset in column metadata"),
            dictionaryOffset,
            statistics);
    }

    internal static void ReadList(ThriftCompactReader r, byte elementType, Action readElement)
    {
        var (type, count) = r.ListHeader();
        for (var i = 0; i < count; i++)
        {
            if (type != elementType)
            {
                r.Skip(type);
            }
            else
            {
                readElement();
            }
        }
    }
}
