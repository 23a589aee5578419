using ValueAtlas.Core.Artifacts;
using ValueAtlas.Evaluation.Report.Charts;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;
using ValueAtlas.Evaluation.Report.Rendering;
using ValueAtlas.Evaluation.Report.Sections;
using ValueAtlas.Evaluation.Report.Tables;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Report;

/// <summary>
/// Writes a report into --out: report.html (self-contained), report.md with charts/*.png, metrics.parquet and
/// metrics.json, staged in a temporary folder beside it and moved in only when all are written.
/// </summary>
public static class ReportOutput
{
    public const string HtmlFile = "report.html";
    public const string MarkdownFile = "report.md";

    public static Task<ReportWritten> WriteAsync(string folder, ReportData data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        var document = ReportDocumentBuilder.Build(data);
        var rows = MetricRows.Of(data);
        return StagedFolder.WriteAsync(folder, [MetricColumns.TableName], async (temp, ct) =>
        {
            Directory.CreateDirectory(temp);
            var charts = await WriteChartsAsync(document, Path.Combine(temp, MarkdownReport.ChartFolder), ct).ConfigureAwait(false);
            await AtomicFile.WriteAllTextAsync(Path.Combine(temp, HtmlFile), HtmlReport.Render(document, charts), ct).ConfigureAwait(false);
            await AtomicFile.WriteAllTextAsync(Path.Combine(temp, MarkdownFile), MarkdownReport.Render(document), ct).ConfigureAwait(false);
            await TableSink<MetricRow>.WriteAsync(temp, MetricColumns.TableName, MetricColumns.All, rows, TableFormat.Parquet, ct).ConfigureAwait(false);
            await AtomicFile.WriteAllTextAsync(Path.Combine(temp, MetricsJson.FileName), MetricsJson.Serialize(data, rows), ct).ConfigureAwait(false);
            return new ReportWritten(charts.Count, rows.Count);
        }, cancellationToken);
    }

    /// <summary>Each chart's PNG under <paramref name="folder"/>; returns each chart's inline SVG by id.</summary>
    private static async Task<IReadOnlyDictionary<string, string>> WriteChartsAsync(ReportDocument document, string folder, CancellationToken cancellationToken)
    {
        // Created even when empty, so it replaces an earlier report's charts instead of leaving them beside this one.
        Directory.CreateDirectory(folder);
        var svgs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chart in document.Charts)
        {
            if (svgs.ContainsKey(chart.Id))
            {
                throw new InvalidOperationException($"two charts share the id {chart.Id}");
            }

            var png = BarChartPlot.Png(chart.Chart);
            await AtomicFile.WriteAllBytesAsync(Path.Combine(folder, chart.Id + ".png"), png, cancellationToken).ConfigureAwait(false);
            svgs[chart.Id] = InlineSvg.Of(BarChartPlot.Svg(chart.Chart), chart.Id, chart.Chart.Title);
        }

        return svgs;
    }
}
