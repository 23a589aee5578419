using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

internal sealed record FileMetaData(
    int Version,
    IReadOnlyList<SchemaElement> Schema,
    long NumRows,
    IReadOnlyList<RowGroup> RowGroups,
    IReadOnlyList<KeyValue> KeyValueMetadata,
    string? CreatedBy)
{
    public byte[] Serialize()
    {
        var w = new ThriftCompactWriter();
        w.StructBegin();
        w.FieldI32(1, Version);
        w.FieldListBegin(2, ThriftType.Struct, Schema.Count);
        foreach (var element in Schema)
        {
            element.Write(w);
        }

        w.FieldI64(3, NumRows);
        w.FieldListBegin(4, ThriftType.Struct, RowGroups.Count);
        foreach (var group in RowGroups)
        {
            group.Write(w);
        }

        if (KeyValueMetadata.Count > 0)
        {
            w.FieldListBegin(5, ThriftType.Struct, KeyValueMetadata.Count);
            foreach (var pair in KeyValueMetadata)
            {
                pair.Write(w);
            }
        }

        if (CreatedBy is not null)
        {
            w.FieldString(6, CreatedBy);
        }

        // TYPE_ORDER for every leaf tells readers that min_value/max_value follow each type's natural order.
        var leaves = Schema.Count - 1;
        w.FieldListBegin(7, ThriftType.Struct, leaves);
        for (var i = 0; i < leaves; i++)
        {
            w.StructBegin();
            w.FieldStructBegin(1);
            w.StructEnd();
            w.StructEnd();
        }

        w.StructEnd();
        return w.ToArray();
    }

    public static FileMetaData Read(ThriftCompactReader r)
    {
        var version = 0;
        var schema = new List<SchemaElement>();
        long? rows = null;
        var groups = new List<RowGroup>();
        var pairs = new List<KeyValue>();
        string? createdBy = null;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            switch (id, type)
            {
                case (1, ThriftType.I32): version = r.I32(); break;
                case (2, ThriftType.List): ColumnMetaData.ReadList(r, ThriftType.Struct, () => schema.Add(SchemaElement.Read(r))); break;
                case (3, ThriftType.I64): rows = r.I64(); break;
                case (4, ThriftType.List): ColumnMetaData.ReadList(r, ThriftType.Struct, () => groups.Add(RowGroup.Read(r))); break;
                case (5, ThriftType.List): ColumnMetaData.ReadList(r, ThriftType.Struct, () => pairs.Add(KeyValue.Read(r))); break;
                case (6, ThriftType.Binary): createdBy = r.String(); break;
                default: r.Skip(type); break;
            }
        }

        return new FileMetaData(version, schema, rows ?? throw r.Error("num_rows in the file metadata"), groups, pairs, createdBy);
    }
}
