namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>A ratings file that cannot be used as it is. The message names the file, the line and what was expected there.</summary>
public sealed class RatingsFileException(string file, long line, string expected)
    : Exception($"{file}: line {line}: {expected}")
{
    public string File { get; } = file;

    public long Line { get; } = line;
}
