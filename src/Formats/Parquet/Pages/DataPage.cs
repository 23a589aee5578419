using System.Buffers.Binary;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>An encoded data page before compression: RLE definition levels (empty for required columns) and values.</summary>
internal sealed record DataPage(int Rows, int NonNull, int Encoding, byte[] Levels, byte[] Values)
{
    /// <summary>The v1 body: levels behind a 4-byte length (only for optional columns), then the values.</summary>
    public byte[] V1Body(bool optional)
    {
        if (!optional)
        {
            return Values;
        }

        var body = new byte[4 + Levels.Length + Values.Length];
        BinaryPrimitives.WriteInt32LittleEndian(body, Levels.Length);
        Levels.CopyTo(body, 4);
        Values.CopyTo(body, 4 + Levels.Length);
        return body;
    }
}
