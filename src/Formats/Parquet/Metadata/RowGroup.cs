using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

internal sealed record RowGroup(IReadOnlyList<ColumnChunk> Columns, long TotalByteSize, long NumRows, long? FileOffset, long? TotalCompressedSize)
{
    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        w.FieldListBegin(1, ThriftType.Struct, Columns.Count);
        foreach (var column in Columns)
        {
            column.Write(w);
        }

        w.FieldI64(2, TotalByteSize);
        w.FieldI64(3, NumRows);
        if (FileOffset is { } offset)
        {
            w.FieldI64(5, offset);
        }

        if (TotalCompressedSize is { } compressed)
        {
            w.FieldI64(6, compressed);
        }

        w.StructEnd();
    }

    public static RowGroup Read(ThriftCompactReader r)
    {
        var columns = new List<ColumnChunk>();
        long totalBytes = 0;
        long? rows = null, offset = null, compressed = null;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            switch (id, type)
            {
                case (1, ThriftType.List): ColumnMetaData.ReadList(r, ThriftType.Struct, () => columns.Add(ColumnChunk.Read(r))); break;
                case (2, ThriftType.I64): totalBytes = r.I64(); break;
                case (3, ThriftType.I64): rows = r.I64(); break;
                case (5, ThriftType.I64): offset = r.I64(); break;
                case (6, ThriftType.I64): compressed = r.I64(); break;
                default: r.Skip(type); break;
            }
        }

        return new RowGroup(columns, totalBytes, rows ?? throw r.Error("num_rows in a row group"), offset, compressed);
    }
}
