using System.Text.RegularExpressions;

namespace ValueAtlas.Evaluation.Report.Charts;

/// <summary>
/// Makes ScottPlot's SVG document fit inside an HTML page: no XML declaration or namespace URLs (HTML puts svg in
/// its namespace itself), ids prefixed so several charts' clip paths do not collide, a viewBox so the chart scales to
/// the page width, and a Korean font fallback list for text.
/// </summary>
public static partial class InlineSvg
{
    public static string Of(string svg, string prefix, string title)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var body = XmlDeclaration().Replace(svg, "");
        body = NamespaceAttribute().Replace(body, "");
        body = IdAttribute().Replace(body, m => $"id=\"{prefix}-{m.Groups[1].Value}\"");
        body = UrlReference().Replace(body, m => $"url(#{prefix}-{m.Groups[1].Value})");
        body = FontFamily().Replace(body, $"font-family=\"{KoreanFont.SvgFallback}\"");
        body = SizeAttributes().Replace(body, m =>
            $"<svg viewBox=\"0 0 {m.Groups[1].Value} {m.Groups[2].Value}\" width=\"{m.Groups[1].Value}\" height=\"{m.Groups[2].Value}\" role=\"img\" aria-label=\"{Rendering.HtmlReport.Encode(title)}\"",
            1);
        return body.Trim();
    }

    [GeneratedRegex(@"<\?xml[^>]*\?>\s*")]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"\s+xmlns(:\w+)?=""[^""]*""")]
    private static partial Regex NamespaceAttribute();

    [GeneratedRegex(@"\bid=""([^""]+)""")]
    private static partial Regex IdAttribute();

    [GeneratedRegex(@"url\(#([^)]+)\)")]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"font-family=""[^""]*""")]
    private static partial Regex FontFamily();

    [GeneratedRegex(@"<svg\s+width=""(\d+)""\s+height=""(\d+)""")]
    private static partial Regex SizeAttributes();
}
