namespace ValueAtlas.Curation.Surveys.Harmonize.Report;

/// <summary>A file read: its path as given, size, SHA-256 (hex) and, for survey files, its rows.</summary>
public sealed record ReportFile(string Path, long Bytes, string Sha256, long? Rows = null);
