using System.Buffers.Binary;
using System.Text;

namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>
/// Builds a small big-endian .sav by hand, since pspp only writes the machine's byte order. It has no encoding
/// record, so text must be decoded through the character code (949) of the integer info record.
/// </summary>
internal static class BigEndianSav
{
    public static byte[] Build(bool compressed)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp949 = Encoding.GetEncoding(949);
        var output = new MemoryStream();
        void Bytes(ReadOnlySpan<byte> data) => output.Write(data);
        void Text(string text, int width) => Bytes(Encoding.ASCII.GetBytes(text.PadRight(width)));
        void Int(int value)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(b, value);
            Bytes(b);
        }

        void Double(double value)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteDoubleBigEndian(b, value);
            Bytes(b);
        }

        Text("$FL2", 4);
        Text("@(#) SPSS DATA FILE hand-built big endian", 60);
        Int(2);
        Int(2);
        Int(compressed ? 1 : 0);
        Int(0);
        Int(2);
        Double(100);
        Text("23 Nov 26", 9);
        Text("12:00:00", 8);
        Text("BE test", 64);
        Text("", 3);

        var label = cp949.GetBytes("점수");
        Int(2); Int(0); Int(1); Int(0); Int(0x050802); Int(0x050802); Text("N", 8);
        Int(label.Length); Bytes(label); Bytes(new byte[(4 - (label.Length % 4)) % 4]);
        Int(2); Int(8); Int(0); Int(0); Int(0x010800); Int(0x010800); Text("S", 8);

        var valueLabel = cp949.GetBytes("하나");
        Int(3); Int(1); Double(1); output.WriteByte((byte)valueLabel.Length); Bytes(valueLabel);
        Bytes(new byte[(8 - ((valueLabel.Length + 1) % 8)) % 8]);
        Int(4); Int(1); Int(1);

        Int(7); Int(3); Int(4); Int(8);
        foreach (var value in new[] { 1, 0, 0, -1, 1, 1, 1, 949 })
        {
            Int(value);
        }

        Int(999); Int(0);

        var first = cp949.GetBytes("가나".PadRight(6));
        var second = Encoding.ASCII.GetBytes("abc     ");
        if (compressed)
        {
            Bytes([101, 253, 255, 253, 252, 0, 0, 0]);
            Bytes(first);
            Bytes(second);
        }
        else
        {
            Double(1);
            Bytes(first);
            Double(-double.MaxValue);
            Bytes(second);
        }

        return output.ToArray();
    }
}
