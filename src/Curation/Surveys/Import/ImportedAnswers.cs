namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// One question's answers in one country as the file names it. Where says where in the file they came from
/// ("row 12", "WVS.happiness[0]"), for messages.
/// </summary>
public sealed record ImportedAnswers(string QuestionId, string CountryName, string Wave, IReadOnlyList<ImportedCell> Cells, string Where);
