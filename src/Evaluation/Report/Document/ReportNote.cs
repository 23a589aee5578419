namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>Why a section or part of one has nothing to show: says so rather than leave a silent gap.</summary>
public sealed record ReportNote(BiText Text) : ReportBlock;
