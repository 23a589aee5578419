namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>One piece of a section: a paragraph, a table, a chart or a "no data" note.</summary>
public abstract record ReportBlock;
