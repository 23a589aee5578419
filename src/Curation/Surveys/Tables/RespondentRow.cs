namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>One row of the long respondents table: one respondent's harmonized answer to one question.</summary>
public sealed record RespondentRow(
    string Source,
    string Wave,
    string Country,
    string RespondentId,
    string QuestionId,
    int? OptionIndex,
    string? MissingCode,
    double Weight);
