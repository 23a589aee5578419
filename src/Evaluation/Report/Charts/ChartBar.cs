namespace ValueAtlas.Evaluation.Report.Charts;

public sealed record ChartBar(string Label, double Value, double? Low = null, double? High = null, bool Highlight = false);
