namespace ValueAtlas.Evaluation.Report.Charts;

/// <summary>
/// A horizontal bar chart, first bar on top: one bar per label with an optional confidence interval, some bars
/// highlighted (Korea), and dashed reference lines (the random bounds, chance).
/// </summary>
public sealed record BarChart
{
    public required string Title { get; init; }

    public required string ValueAxis { get; init; }

    public required IReadOnlyList<ChartBar> Bars { get; init; }

    public IReadOnlyList<ChartLine> Lines { get; init; } = [];

    /// <summary>The value axis's range; null: fitted to the bars, intervals and lines.</summary>
    public (double Min, double Max)? Range { get; init; }
}
