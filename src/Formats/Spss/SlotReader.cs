namespace ValueAtlas.Formats.Spss;

/// <summary>Hands out the 8-byte slots of the data one at a time, hiding whether and how they were compressed.</summary>
internal abstract class SlotReader
{
    /// <summary>Reads the next slot: raw bytes into <paramref name="raw"/>, or a decoded number, or a marker.</summary>
    public abstract SlotKind Next(Span<byte> raw, out double number);

    /// <summary>A byte offset in the file near the last slot read, for error messages.</summary>
    public abstract long Offset { get; }

    protected static int Fill(Stream stream, Span<byte> buffer) => stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
}
