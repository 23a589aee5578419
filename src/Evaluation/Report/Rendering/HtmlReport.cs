using System.Security.Cryptography;
using System.Text;
using ValueAtlas.Evaluation.Report.Document;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Evaluation.Report.Rendering;

/// <summary>
/// The report as one self-contained HTML file: the style inline and allowed by its hash, charts as inline SVG, and a
/// Content-Security-Policy that lets the page load nothing at all (no script, font, image or connection).
/// </summary>
public static class HtmlReport
{
    /// <param name="document">The laid-out report.</param>
    /// <param name="charts">Each chart's inline SVG by <see cref="ReportChart.Id"/>.</param>
    public static string Render(ReportDocument document, IReadOnlyDictionary<string, string> charts)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(charts);
        var language = document.Language;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language == ReportLanguage.Ko ? "ko" : "en").Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"referrer\" content=\"no-referrer\">\n");
        html.Append("<title>").Append(Encode(document.Title.First(language))).Append("</title>\n");
        html.Append("<style>").Append(ReportCss.Text).Append("</style>\n</head>\n<body>\n<header>\n");
        html.Append("<h1>").Append(Encode(document.Title.First(language))).Append("</h1>\n");
        html.Append("<p class=\"lead\">").Append(Both(document.Lead, language)).Append("</p>\n<nav><ol>");
        foreach (var section in document.Sections)
        {
            html.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(Encode(section.Heading.First(language))).Append("</a></li>");
        }

        html.Append("</ol></nav>\n</header>\n<main>\n");
        foreach (var section in document.Sections)
        {
            html.Append("<section id=\"").Append(section.Id).Append("\">\n<h2>").Append(Both(section.Heading, language)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                HtmlBlocks.Append(html, block, language, charts);
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n<footer>ValueAtlas · valueatlas report</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// Nothing may load: no script, font, frame or connection; the one style block by its hash (no 'unsafe-inline');
    /// images only as data: URIs.
    /// </summary>
    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ReportCss.Text)))}'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The leading language's text, then the other's in a muted span (when they differ).</summary>
    public static string Both(BiText text, ReportLanguage language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = Encode(text.First(language));
        if (text.Ko == text.En)
        {
            return first;
        }

        var otherLang = language == ReportLanguage.Ko ? "en" : "ko";
        return $"{first} <span class=\"alt\" lang=\"{otherLang}\">{Encode(text.Second(language))}</span>";
    }

    /// <summary>Escapes only what HTML needs (WebUtility would also turn "·" and other Latin-1 letters into entities).</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);
    }
}
