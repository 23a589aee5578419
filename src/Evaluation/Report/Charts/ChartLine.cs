namespace ValueAtlas.Evaluation.Report.Charts;

/// <summary>A dashed line across the chart at <see cref="Value"/>, named in the chart's legend.</summary>
public sealed record ChartLine(double Value, string Label);
