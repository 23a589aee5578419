namespace ValueAtlas.Curation.Surveys.Harmonize.Report;

/// <summary>A question in a country with no valid answer (e.g. not asked there): it has no rows in distributions.</summary>
public sealed record ReportPair(string QuestionId, string Country);
