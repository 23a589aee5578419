using ValueAtlas.Evaluation.Report.Charts;

namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>A chart; <see cref="Id"/> names its element in the HTML and its PNG under <c>charts/</c>.</summary>
public sealed record ReportChart(string Id, BarChart Chart) : ReportBlock;
