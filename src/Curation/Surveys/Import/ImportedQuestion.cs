namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>A question as an import reads it, before its countries are mapped; Id is the full question_id.</summary>
public sealed record ImportedQuestion(
    string Id,
    string Variable,
    string Wave,
    string TextEn,
    IReadOnlyList<ImportedOption> Options,
    string? TextKo = null,
    string? TextKoOrigin = null,
    bool Ordinal = false);
