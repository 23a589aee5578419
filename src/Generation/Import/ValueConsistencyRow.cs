using System.Text.Json;

namespace ValueAtlas.Generation.Import;

/// <summary>One line of a ValueConsistency question file, as the authors wrote it.</summary>
public sealed record ValueConsistencyRow
{
    public required string Topic { get; init; }

    /// <summary>Null on a few rows of the public files.</summary>
    public string? TopicEnglish { get; init; }

    public required string Question { get; init; }

    public required string Original { get; init; }

    public string? OriginalEnglish { get; init; }

    /// <summary>true/false in most files, 1/0 in some.</summary>
    public required JsonElement Rephrase { get; init; }

    /// <summary>Answer text → "supports" | "opposes", in the order the file gives them.</summary>
    public required JsonElement Options { get; init; }
}
