using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>
/// A page header with the fields of the three page kinds flattened into one record: data page v1 (5), dictionary page (7)
/// and data page v2 (8). <see cref="IsCompressed"/> only matters for v2, whose levels are never compressed.
/// </summary>
internal sealed record PageHeader(int Type, int UncompressedSize, int CompressedSize)
{
    public int NumValues { get; init; }

    public int Encoding { get; init; }

    public int NumNulls { get; init; }

    public int NumRows { get; init; }

    public int DefinitionLevelsByteLength { get; init; }

    public int RepetitionLevelsByteLength { get; init; }

    public bool IsCompressed { get; init; } = true;

    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        w.FieldI32(1, Type);
        w.FieldI32(2, UncompressedSize);
        w.FieldI32(3, CompressedSize);
        if (Type == PageType.DictionaryPage)
        {
            w.FieldStructBegin(7);
            w.FieldI32(1, NumValues);
            w.FieldI32(2, Encoding);
            w.StructEnd();
        }
        else if (Type == PageType.DataPageV2)
        {
            w.FieldStructBegin(8);
            w.FieldI32(1, NumValues);
            w.FieldI32(2, NumNulls);
            w.FieldI32(3, NumRows);
            w.FieldI32(4, Encoding);
            w.FieldI32(5, DefinitionLevelsByteLength);
            w.FieldI32(6, RepetitionLevelsByteLength);
            w.FieldBool(7, IsCompressed);
            w.StructEnd();
        }
        else
        {
            w.FieldStructBegin(5);
            w.FieldI32(1, NumValues);
            w.FieldI32(2, Encoding);
            w.FieldI32(3, EncodingCode.Rle);
            w.FieldI32(4, EncodingCode.Rle);
            w.StructEnd();
        }

        w.StructEnd();
    }

    public static PageHeader Read(ThriftCompactReader r)
    {
        int? type = null, uncompressed = null, compressed = null;
        PageHeader? inner = null;
        r.StructBegin();
        while (r.NextField(out var id, out var fieldType))
        {
            switch (id, fieldType)
            {
                case (1, ThriftType.I32): type = r.I32(); break;
                case (2, ThriftType.I32): uncompressed = r.I32(); break;
                case (3, ThriftType.I32): compressed = r.I32(); break;
                case (5 or 7 or 8, ThriftType.Struct): inner = ReadInner(r, id); break;
                default: r.Skip(fieldType); break;
            }
        }

        var header = new PageHeader(
            type ?? throw r.Error("a page type"),
            uncompressed ?? throw r.Error("uncompressed_page_size"),
            compressed ?? throw r.Error("compressed_page_size"));
        if (header.UncompressedSize < 0 || header.CompressedSize < 0)
        {
            throw r.Error("non-negative page sizes");
        }

        return inner is null ? header : inner with { Type = header.Type, UncompressedSize = header.UncompressedSize, CompressedSize = header.CompressedSize };
    }

    private static PageHeader ReadInner(ThriftCompactReader r, short kind)
    {
        var h = new PageHeader(0, 0, 0);
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            h = (kind, id, type) switch
            {
                (_, 1, ThriftType.I32) => h with { NumValues = r.I32() },
                (5 or 7, 2, ThriftType.I32) => h with { Encoding = r.I32() },
                (8, 2, ThriftType.I32) => h with { NumNulls = r.I32() },
                (8, 3, ThriftType.I32) => h with { NumRows = r.I32() },
                (8, 4, ThriftType.I32) => h with { Encoding = r.I32() },
                (8, 5, ThriftType.I32) => h with { DefinitionLevelsByteLength = r.I32() },
                (8, 6, ThriftType.I32) => h with { RepetitionLevelsByteLength = r.I32() },
                (8, 7, ThriftType.BoolTrue or ThriftType.BoolFalse) => h with { IsCompressed = ThriftCompactReader.Bool(type) },
                _ => SkipAndKeep(r, type, h),
            };
        }

        return h;
    }

    private static PageHeader SkipAndKeep(ThriftCompactReader r, byte type, PageHeader h)
    {
        r.Skip(type);
        return h;
    }
}
