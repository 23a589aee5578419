namespace ValueAtlas.Core.Artifacts;

/// <summary>A line's bytes without its line ending; <see cref="Bytes"/> is only valid until the next line is read.</summary>
internal readonly record struct RawLine(long Number, long ByteOffset, ReadOnlyMemory<byte> Bytes);
