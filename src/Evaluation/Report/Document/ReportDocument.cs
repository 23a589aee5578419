using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>The report's content, laid out once; the HTML and Markdown renderers only choose how it looks.</summary>
public sealed record ReportDocument(BiText Title, ReportLanguage Language, BiText Lead, IReadOnlyList<ReportSection> Sections)
{
    public IEnumerable<ReportChart> Charts => Sections.SelectMany(s => s.Blocks).OfType<ReportChart>();
}
