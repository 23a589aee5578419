using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

internal sealed record ColumnChunk(long FileOffset, ColumnMetaData? MetaData, string? FilePath = null)
{
    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        w.FieldI64(2, FileOffset);
        if (MetaData is not null)
        {
            w.FieldStructHeader(3);
            MetaData.Write(w);
        }

        w.StructEnd();
    }

    public static ColumnChunk Read(ThriftCompactReader r)
    {
        long offset = 0;
        ColumnMetaData? meta = null;
        string? path = null;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            switch (id, type)
            {
                case (1, ThriftType.Binary): path = r.String(); break;
                case (2, ThriftType.I64): offset = r.I64(); break;
                case (3, ThriftType.Struct): meta = ColumnMetaData.Read(r); break;
                default: r.Skip(type); break;
            }
        }

        return new ColumnChunk(offset, meta, path);
    }
}
