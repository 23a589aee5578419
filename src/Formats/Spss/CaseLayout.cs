namespace ValueAtlas.Formats.Spss;

/// <summary>
/// How one user-visible variable is laid out in a case: a number takes one 8-byte slot; a string takes one or more
/// segments, each of SlotCount slots of which the first UsedBytes bytes hold text.
/// </summary>
internal sealed record CaseLayout(bool IsString, IReadOnlyList<(int SlotCount, int UsedBytes)> Segments)
{
    public static CaseLayout Numeric { get; } = new(false, [(1, 8)]);

    public int Width => Segments.Sum(s => s.UsedBytes);
}
