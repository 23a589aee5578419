using System.Text;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Rendering;

/// <summary>One block of a section in HTML.</summary>
public static class HtmlBlocks
{
    public static void Append(StringBuilder html, ReportBlock block, ReportLanguage language, IReadOnlyDictionary<string, string> charts)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(charts);
        switch (block)
        {
            case ReportSubheading heading:
                html.Append("<h3>").Append(HtmlReport.Both(heading.Text, language)).Append("</h3>\n");
                break;
            case ReportParagraph paragraph:
                html.Append("<p>").Append(HtmlReport.Both(paragraph.Text, language)).Append("</p>\n");
                break;
            case ReportNote note:
                html.Append("<p class=\"note\">").Append(HtmlReport.Both(note.Text, language)).Append("</p>\n");
                break;
            case ReportCode code:
                html.Append("<pre><code>").Append(HtmlReport.Encode(code.Text)).Append("</code></pre>\n");
                break;
            case ReportTable table:
                Table(html, table, language);
                break;
            case ReportChart chart:
                html.Append("<figure class=\"chart\" id=\"").Append(chart.Id).Append("\">\n")
                    .Append(charts.TryGetValue(chart.Id, out var svg) ? svg : throw new ArgumentException($"no SVG for chart {chart.Id}", nameof(charts)))
                    .Append("\n</figure>\n");
                break;
            default:
                throw new ArgumentException($"unknown block {block?.GetType().Name}", nameof(block));
        }
    }

    private static void Table(StringBuilder html, ReportTable table, ReportLanguage language)
    {
        html.Append("<div class=\"table-wrap\"><table id=\"").Append(table.Id).Append("\">\n");
        if (table.Caption is { } caption)
        {
            html.Append("<caption>").Append(HtmlReport.Both(caption, language)).Append("</caption>\n");
        }

        html.Append("<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\">").Append(HtmlReport.Both(column, language)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append(row.Highlight ? "<tr class=\"kr\">" : "<tr>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                html.Append(i >= table.NumericFrom ? "<td class=\"num\">" : "<td>").Append(HtmlReport.Encode(row.Cells[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n");
    }
}
