namespace ValueAtlas.Evaluation.Report;

/// <summary>What a report run wrote, for the command to print.</summary>
public sealed record ReportWritten(int Charts, int MetricRows);
