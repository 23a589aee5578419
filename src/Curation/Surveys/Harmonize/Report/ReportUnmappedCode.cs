namespace ValueAtlas.Curation.Surveys.Harmonize.Report;

/// <summary>A code found in a question's data that no option, missing code or drop covers; it has its own row in distributions.</summary>
public sealed record ReportUnmappedCode(string QuestionId, string Variable, string Country, string Code, string? Label, long N);
