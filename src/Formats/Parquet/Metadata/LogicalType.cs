using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Metadata;

/// <summary>
/// The LogicalType union, reduced to what this library maps: <see cref="Kind"/> is the union's field id
/// (1 STRING, 6 DATE, 8 TIMESTAMP, 10 INTEGER, ...); for TIMESTAMP, <see cref="TimeUnit"/> is 1 millis, 2 micros, 3 nanos.
/// </summary>
internal sealed record LogicalType(int Kind, bool AdjustedToUtc = false, int TimeUnit = 0)
{
    public const int String = 1;
    public const int Date = 6;
    public const int Timestamp = 8;
    public const int Millis = 1;
    public const int Micros = 2;
    public const int Nanos = 3;

    public void Write(ThriftCompactWriter w)
    {
        w.StructBegin();
        w.FieldStructBegin((short)Kind);
        if (Kind == Timestamp)
        {
            w.FieldBool(1, AdjustedToUtc);
            w.FieldStructBegin(2);
            w.FieldStructBegin((short)TimeUnit);
            w.StructEnd();
            w.StructEnd();
        }

        w.StructEnd();
        w.StructEnd();
    }

    public static LogicalType? Read(ThriftCompactReader r)
    {
        LogicalType? result = null;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            if (id == Timestamp && type == ThriftType.Struct)
            {
                result = ReadTimestamp(r);
            }
            else
            {
                r.Skip(type);
                result = new LogicalType(id);
            }
        }

        return result;
    }

    private static LogicalType ReadTimestamp(ThriftCompactReader r)
    {
        var utc = false;
        var unit = 0;
        r.StructBegin();
        while (r.NextField(out var id, out var type))
        {
            if (id == 1 && type is ThriftType.BoolTrue or ThriftType.BoolFalse)
            {
                utc = ThriftCompactReader.Bool(type);
            }
            else if (id == 2 && type == ThriftType.Struct)
            {
                r.StructBegin();
                while (r.NextField(out var unitId, out var unitType))
                {
                    unit = unitId;
                    r.Skip(unitType);
                }
            }
            else
            {
                r.Skip(type);
            }
        }

        return new LogicalType(Timestamp, utc, unit);
    }
}
