namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>Everything an import read from one file: the questions and, per question and country, the answers.</summary>
public sealed record ImportedSet(string Source, string File, long RowsRead, IReadOnlyList<ImportedQuestion> Questions, IReadOnlyList<ImportedAnswers> Answers);
