using System.Text;

namespace ValueAtlas.Formats.Parquet;

/// <summary>Binary values as text the way DuckDB casts a BLOB to VARCHAR: printable ASCII as is, every other byte (and \ " ') as \xHH.</summary>
public static class BlobText
{
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E and not (byte)'\\' and not (byte)'"' and not (byte)'\'')
            {
                text.Append((char)b);
            }
            else
            {
                text.Append("\\x").Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }
}
