namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>One table row of formatted cells; <see cref="Highlight"/> marks Korea's row (or the one the section is about).</summary>
public sealed record ReportRow(IReadOnlyList<string> Cells, bool Highlight = false);
