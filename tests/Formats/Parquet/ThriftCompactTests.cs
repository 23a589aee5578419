using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Tests.Parquet;

public sealed class ThriftCompactTests
{
    [Fact]
    public void Fields_RoundTrip_IncludingLongDeltasListsAndNestedStructs()
    {
        var w = new ThriftCompactWriter();
        w.StructBegin();
        w.FieldI32(1, -123456);
        w.FieldI64(2, long.MinValue);
        w.FieldBool(3, true);
        w.FieldBool(4, false);
        w.FieldString(40, "한국어");
        w.FieldListBegin(41, ThriftType.I32, 20);
        for (var i = 0; i < 20; i++)
        {
            w.I32(i - 10);
        }

        w.FieldStructBegin(42);
        w.FieldI32(1, 7);
        w.StructEnd();
        w.FieldI32(43, int.MaxValue);
        w.StructEnd();
        var bytes = w.ToArray();

        var r = new ThriftCompactReader(bytes, 0, bytes.Length, "x", 0);
        r.StructBegin();
        Assert.True(r.NextField(out var id, out var type));
        Assert.Equal((1, ThriftType.I32, -123456), (id, type, r.I32()));
        Assert.True(r.NextField(out id, out type));
        Assert.Equal((2, long.MinValue), (id, r.I64()));
        Assert.True(r.NextField(out id, out type));
        Assert.Equal((3, true), (id, ThriftCompactReader.Bool(type)));
        Assert.True(r.NextField(out id, out type));
        Assert.Equal((4, false), (id, ThriftCompactReader.Bool(type)));
        Assert.True(r.NextField(out id, out _));
        Assert.Equal((40, "한국어"), (id, r.String()));
        Assert.True(r.NextField(out id, out _));
        var (elementType, count) = r.ListHeader();
        Assert.Equal((41, ThriftType.I32, 20), (id, elementType, count));
        Assert.Equal(Enumerable.Range(-10, 20), Enumerable.Range(0, count).Select(_ => r.I32()));
        Assert.True(r.NextField(out id, out type));
        Assert.Equal((42, ThriftType.Struct), (id, type));
        r.Skip(type);
        Assert.True(r.NextField(out id, out _));
        Assert.Equal((43, int.MaxValue), (id, r.I32()));
        Assert.False(r.NextField(out _, out _));
        Assert.Equal(bytes.Length, r.Position);
    }

    [Fact]
    public void TruncatedInput_IsFileFormatExceptionAtAbsoluteOffset()
    {
        var w = new ThriftCompactWriter();
        w.StructBegin();
        w.FieldString(1, "a longer string value");
        w.StructEnd();
        var bytes = w.ToArray()[..6];

        var r = new ThriftCompactReader(bytes, 0, bytes.Length, "f.parquet", 1000);
        r.StructBegin();
        r.NextField(out _, out _);
        var error = Assert.Throws<FileFormatException>(() => r.String());

        Assert.Equal("f.parquet", error.File);
        Assert.Equal(1002, error.Offset);
    }

    [Fact]
    public void DeeplyNestedGarbage_IsFileFormatException_NotStackOverflow()
    {
        // Field 1 of type struct, repeated: each byte opens another nested struct.
        var bytes = Enumerable.Repeat((byte)0x1C, 10_000).ToArray();

        var r = new ThriftCompactReader(bytes, 0, bytes.Length, "deep", 0);

        Assert.Throws<FileFormatException>(() => r.Skip(ThriftType.Struct));
    }
}
