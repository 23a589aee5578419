using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Review.Units;

/// <summary>
/// One piece of text a unit shows. Keys are stable within a kind ("question", "option:1",
/// "paraphrase:q_…", "source", "target"), so edits, spreadsheet columns and the approved
/// export all address the same text the same way.
/// </summary>
public sealed record UnitField
{
    public required string Key { get; init; }

    public required string Text { get; init; }

    /// <summary>The English text beside it, shown side by side when the field is not English.</summary>
    public string? TextEn { get; init; }

    /// <summary>The language of <see cref="Text"/> (differs from the unit's for a translation's source).</summary>
    public required string Language { get; init; }

    /// <summary>The option's stance toward the topic; null for fields that are not options.</summary>
    public Stance? Stance { get; init; }

    /// <summary>False for context (a paraphrase's original, a translation's source): shown, never edited.</summary>
    public bool Editable { get; init; } = true;

    /// <summary>The items.jsonl row this text belongs to (null for a topic name shared by many rows).</summary>
    public string? ItemId { get; init; }
}
