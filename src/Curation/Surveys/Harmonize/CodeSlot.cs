namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// One tally cell of a question: an option (all the codes it collapses) or one non-option code. Code is the
/// canonical source code (the option's codes joined with '|'; null for system-missing); Label is the option's
/// English text, or the crosswalk's label, or the file's value label.
/// </summary>
public sealed record CodeSlot(CodeKind Kind, int? OptionIndex, string? Code, string? Meaning, string? Label);
