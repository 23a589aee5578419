namespace ValueAtlas.Formats.Spss;

/// <summary>A type 3 record with its type 4 companion: raw 8-byte values, labels, and 1-based slot numbers.</summary>
internal sealed record RawValueLabels(long Offset, IReadOnlyList<(byte[] Value, byte[] Label)> Labels, IReadOnlyList<int> Slots);
