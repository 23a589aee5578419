namespace ValueAtlas.Curation.Surveys.Harmonize.Report;

/// <summary>A country's rows, and those whose weight was system-missing or 0 (counted with weight 0).</summary>
public sealed record ReportWeights(string Country, long Rows, long Missing, long Zero);
