namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>Text shown verbatim in a monospace block (the command that rebuilds the report).</summary>
public sealed record ReportCode(string Text) : ReportBlock;
