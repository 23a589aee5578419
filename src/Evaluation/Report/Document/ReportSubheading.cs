namespace ValueAtlas.Evaluation.Report.Document;

public sealed record ReportSubheading(BiText Text) : ReportBlock;
