namespace ValueAtlas.Curation.Review.Approved;

public sealed record ApprovedExportResult(int Approved, int Edited, int Excluded, string ItemsPath, string ExcludedPath);
