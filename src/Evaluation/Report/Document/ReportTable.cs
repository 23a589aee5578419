namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>
/// A table: column headings in both languages, rows of formatted cells, some rows highlighted (Korea).
/// <see cref="Id"/> is its element id in the HTML (stable, e.g. <c>korea-ranking-goqa-dp</c>); columns from
/// <see cref="NumericFrom"/> on hold numbers and are right-aligned.
/// </summary>
public sealed record ReportTable(string Id, BiText? Caption, IReadOnlyList<BiText> Columns, IReadOnlyList<ReportRow> Rows, int NumericFrom = 1) : ReportBlock;
