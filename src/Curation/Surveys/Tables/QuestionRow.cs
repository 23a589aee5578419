namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>One row of the questions table: a harmonized question (question_id = source:id, e.g. wvs7:Q27).</summary>
public sealed record QuestionRow(
    string QuestionId,
    string Source,
    string Wave,
    string Variable,
    string TextEn,
    string? TextKo,
    string? TextKoOrigin,
    bool Ordinal);
