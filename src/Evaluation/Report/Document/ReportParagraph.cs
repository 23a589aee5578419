namespace ValueAtlas.Evaluation.Report.Document;

public sealed record ReportParagraph(BiText Text) : ReportBlock;
