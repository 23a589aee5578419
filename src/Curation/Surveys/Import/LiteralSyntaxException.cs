namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>A Python literal that does not parse; the reader of the file wraps it with the file and row.</summary>
public sealed class LiteralSyntaxException(int offset, string expected)
    : Exception($"at character {offset}: {expected}")
{
    /// <summary>0-based character offset in the literal's text.</summary>
    public int Offset { get; } = offset;

    public string Expected { get; } = expected;
}
