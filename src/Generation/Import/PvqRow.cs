using System.Text.Json;

namespace ValueAtlas.Generation.Import;

/// <summary>One line of a PVQ file: a portrait, the Schwartz value it measures, the values' names and the two answers.</summary>
public sealed record PvqRow
{
    /// <summary>The portrait ("It is important to her to be rich…").</summary>
    public required string Statement { get; init; }

    /// <summary>The value's English id in lower case ("self-direction").</summary>
    public required string SchwartzValue { get; init; }

    /// <summary>All 11 values' names in the file's language and in English.</summary>
    public required IReadOnlyList<PvqValueName> Values { get; init; }

    /// <summary>Answer text → "supports" | "opposes", in the order the file gives them.</summary>
    public required JsonElement Options { get; init; }

    /// <summary>The study's preamble with the portrait; the evaluation prompt templates carry their own.</summary>
    public string? Question { get; init; }
}
