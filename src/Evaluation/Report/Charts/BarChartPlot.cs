using ScottPlot;
using ScottPlot.Plottables;

namespace ValueAtlas.Evaluation.Report.Charts;

/// <summary>Draws a <see cref="BarChart"/> with ScottPlot in NanumGothic, as PNG (Markdown) or SVG (HTML).</summary>
public static class BarChartPlot
{
    public const int Width = 760;

    private static readonly Color Plain = Color.FromHex("#8da0b3");
    private static readonly Color Korea = Color.FromHex("#c8102e");
    private static readonly Color Whisker = Color.FromHex("#1f2933");
    private static readonly Color[] LineColors = [Color.FromHex("#6b7280"), Color.FromHex("#b45309"), Color.FromHex("#2563eb")];

    /// <summary>Tall enough for every bar's label: 26 px a bar, plus title, axis and (with lines) the legend below.</summary>
    public static int HeightOf(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return 110 + (26 * Math.Max(chart.Bars.Count, 2)) + (chart.Lines.Count > 0 ? 34 : 0);
    }

    public static byte[] Png(BarChart chart) => Png(chart, KoreanFont.Family);

    /// <summary>In another font: the tests draw the same chart in ScottPlot's default to show what tofu looks like.</summary>
    internal static byte[] Png(BarChart chart, string fontFamily)
    {
        using var plot = Build(chart, fontFamily);
        return plot.GetImageBytes(Width, HeightOf(chart), ImageFormat.Png);
    }

    public static string Svg(BarChart chart)
    {
        using var plot = Build(chart, KoreanFont.Family);
        return plot.GetSvgXml(Width, HeightOf(chart));
    }

    private static Plot Build(BarChart chart, string fontFamily)
    {
        ArgumentNullException.ThrowIfNull(chart);
        KoreanFont.Ensure();
        var plot = new Plot();
        var count = chart.Bars.Count;

        // ScottPlot stacks horizontal bars upward from position 0; the first bar (the best rank) belongs on top.
        double PositionOf(int i) => count - 1 - i;
        var bars = chart.Bars.Select((b, i) => new Bar
        {
            Position = PositionOf(i),
            Value = b.Value,
            FillColor = b.Highlight ? Korea : Plain,
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        plot.Add.Bars(bars).Horizontal = true;

        var withCi = chart.Bars.Select((b, i) => (Bar: b, Position: PositionOf(i))).Where(p => p.Bar.Low is not null && p.Bar.High is not null).ToList();
        if (withCi.Count > 0)
        {
            var ys = withCi.Select(p => p.Position).ToArray();
            var xs = withCi.Select(p => p.Bar.Value).ToArray();
            var plus = withCi.Select(p => Math.Max(0, p.Bar.High!.Value - p.Bar.Value)).ToArray();
            var minus = withCi.Select(p => Math.Max(0, p.Bar.Value - p.Bar.Low!.Value)).ToArray();
            var errors = new ErrorBar(xs, ys, plus, minus, null, null) { LineWidth = 1.5f, CapSize = 6, Color = Whisker };
            plot.Add.Plottable(errors);
        }

        foreach (var (line, index) in chart.Lines.Select((l, i) => (l, i)))
        {
            var drawn = plot.Add.VerticalLine(line.Value, 1.5f, LineColors[index % LineColors.Length], LinePattern.Dashed);
            drawn.LegendText = AsciiDashes(line.Label);
        }

        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, count).Select(i => PositionOf(i))], [.. chart.Bars.Select(b => AsciiDashes(b.Label))]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.XLabel(AsciiDashes(chart.ValueAxis));
        plot.Title(AsciiDashes(chart.Title));
        plot.Font.Set(fontFamily);
        if (chart.Lines.Count > 0)
        {
            // Below the plot, never over the bars it explains.
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.FontName = fontFamily;
        }

        var (min, max) = chart.Range ?? Fit(chart);
        plot.Axes.SetLimits(min, max, -0.6, count - 0.4);
        return plot;
    }

    // ScottPlot leaves out glyphs such as the minus sign and the dashes (U+2212, U+2013, U+2014) in NanumGothic; a hyphen reads the same.
    private static string AsciiDashes(string text) =>
        text.Replace('\u2212', '-').Replace('\u2013', '-').Replace('\u2014', '-');

    private static (double Min, double Max) Fit(BarChart chart)
    {
        var values = chart.Bars.SelectMany(b => new[] { b.Value, b.Low ?? b.Value, b.High ?? b.Value })
            .Concat(chart.Lines.Select(l => l.Value))
            .Append(0.0)
            .ToArray();
        var max = values.Max();
        return (Math.Min(0, values.Min()), max <= 0 ? 1 : max * 1.08);
    }
}
