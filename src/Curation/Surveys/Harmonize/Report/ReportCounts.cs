namespace ValueAtlas.Curation.Surveys.Harmonize.Report;

/// <summary>
/// One question in one country: respondents counted (total_n), with a valid answer (valid_n), dropped, and per
/// missing meaning (dont_know, …, declared_missing, system_missing, unmapped) how many.
/// </summary>
public sealed record ReportCounts(string QuestionId, string Country, long TotalN, long ValidN, long Dropped, IReadOnlyDictionary<string, long> Missing);
