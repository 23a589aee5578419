using System.Text;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Rendering;

/// <summary>
/// The report in Markdown for a dataset card: the same sections, tables and notes as the HTML, charts as PNG files
/// under <c>charts/</c> linked relatively, Korea's rows in bold.
/// </summary>
public static class MarkdownReport
{
    public const string ChartFolder = "charts";

    public static string ChartPath(string chartId) => $"{ChartFolder}/{chartId}.png";

    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var language = document.Language;
        var md = new StringBuilder();
        md.Append("# ").Append(document.Title.First(language)).Append("\n\n");
        md.Append(Both(document.Lead, language, "\n\n")).Append("\n\n");
        foreach (var section in document.Sections)
        {
            md.Append("## ").Append(Both(section.Heading, language, " · ")).Append("\n\n");
            foreach (var block in section.Blocks)
            {
                Append(md, block, language);
            }
        }

        return md.ToString();
    }

    private static void Append(StringBuilder md, ReportBlock block, ReportLanguage language)
    {
        switch (block)
        {
            case ReportSubheading heading:
                md.Append("### ").Append(Both(heading.Text, language, " · ")).Append("\n\n");
                break;
            case ReportParagraph paragraph:
                md.Append(Both(paragraph.Text, language, "\n\n")).Append("\n\n");
                break;
            case ReportNote note:
                md.Append("> ").Append(Both(note.Text, language, "\n>\n> ")).Append("\n\n");
                break;
            case ReportCode code:
                md.Append("```bash\n").Append(code.Text).Append("\n```\n\n");
                break;
            case ReportTable table:
                Table(md, table, language);
                break;
            case ReportChart chart:
                md.Append("![").Append(Cell(chart.Chart.Title)).Append("](").Append(ChartPath(chart.Id)).Append(")\n\n");
                break;
            default:
                throw new ArgumentException($"unknown block {block?.GetType().Name}", nameof(block));
        }
    }

    private static void Table(StringBuilder md, ReportTable table, ReportLanguage language)
    {
        if (table.Caption is { } caption)
        {
            md.Append("**").Append(Cell(caption.First(language))).Append("**");
            if (caption.Ko != caption.En)
            {
                md.Append(" · ").Append(Cell(caption.Second(language)));
            }

            md.Append("\n\n");
        }

        md.Append('|');
        foreach (var column in table.Columns)
        {
            md.Append(' ').Append(Cell(column.Joined(language).Replace(" · ", "<br>", StringComparison.Ordinal))).Append(" |");
        }

        md.Append("\n|");
        for (var i = 0; i < table.Columns.Count; i++)
        {
            md.Append(i >= table.NumericFrom ? "---:|" : "---|");
        }

        md.Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append('|');
            foreach (var cell in row.Cells)
            {
                var text = Cell(cell);
                md.Append(' ').Append(row.Highlight && text.Length > 0 ? $"**{text}**" : text).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    private static string Both(BiText text, ReportLanguage language, string separator) =>
        text.Ko == text.En ? text.Ko : text.First(language) + separator + text.Second(language);

    // A pipe ends a cell and a line break ends the table; neither may come from the data.
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
