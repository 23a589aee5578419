using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>
/// Column statistics. Min and max are PLAIN-encoded values (byte arrays without a length prefix). The legacy min/max
/// fields (1, 2) are read only as a fallback: their sort order was undefined for strings.
/// </summary>
internal sealed record Statistics(byte[]? Min, byte[]? Max, long? NullCount, long? DistinctCount = null)
{
    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        if (NullCount is { } nulls)
        {
            w.FieldI64(3, nulls);
        }

        if (DistinctCount is { } distinct)
        {
            w.FieldI64(4, distinct);
        }

        if (Max is not null)
        {
            w.FieldBinary(5, Max);
        }

        if (Min is not null)
        {
            w.FieldBinary(6, Min);
        }

        w.StructEnd();
    }

    public static Statistics Read(ThriftCompactReader r)
    {
        byte[]? legacyMax = null, legacyMin = null, max = null, min = null;
        long? nulls = null, distinct = null;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            switch (id, type)
            {
                case (1, ThriftType.Binary): legacyMax = r.Binary(); break;
                case (2, ThriftType.Binary): legacyMin = r.Binary(); break;
                case (3, ThriftType.I64): nulls = r.I64(); break;
                case (4, ThriftType.I64): distinct = r.I64(); break;
                case (5, ThriftType.Binary): max = r.Binary(); break;
                case (6, ThriftType.Binary): min = r.Binary(); break;
                default: r.Skip(type); break;
            }
        }

        return new Statistics(min ?? legacyMin, max ?? legacyMax, nulls, distinct);
    }
}
