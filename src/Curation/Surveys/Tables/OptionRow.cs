namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>One row of the options table. OptionCode is the source code, or the collapsed codes joined with '|'.</summary>
public sealed record OptionRow(
    string QuestionId,
    int OptionIndex,
    string OptionCode,
    string TextEn,
    string? TextKo,
    double? Position);
