using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ValueAtlas.Curation.Review.Web;

/// <summary>
/// The few markdown forms the guidelines use (headings, lists, bold, code, paragraphs) as HTML.
/// Each line is HTML-encoded before any tag is added, so nothing in the source can become
/// markup of its own: the only tags in the output are the ones written here.
/// </summary>
public static partial class SafeMarkdown
{
    public static string ToHtml(string markdown)
    {
        var html = new StringBuilder();
        var paragraph = new List<string>();
        string? list = null;
        foreach (var raw in markdown.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            var heading = Heading().Match(line);
            var bullet = Bullet().Match(line);
            var numbered = Numbered().Match(line);
            var listKind = bullet.Success ? "ul" : numbered.Success ? "ol" : null;
            if (line.Length == 0 || heading.Success || listKind is not null)
            {
                FlushParagraph(html, paragraph);
            }

            if (list is not null && listKind != list)
            {
                html.Append("</").Append(list).Append(">\n");
                list = null;
            }

            if (heading.Success)
            {
                var level = heading.Groups[1].Length;
                html.Append($"<h{level}>").Append(Inline(heading.Groups[2].Value)).Append($"</h{level}>\n");
            }
            else if (listKind is not null)
            {
                if (list is null)
                {
                    html.Append('<').Append(listKind).Append(">\n");
                    list = listKind;
                }

                var item = bullet.Success ? bullet.Groups[1].Value : numbered.Groups[1].Value;
                html.Append("<li>").Append(Inline(item)).Append("</li>\n");
            }
            else if (line.Length > 0)
            {
                paragraph.Add(line.Trim());
            }
        }

        FlushParagraph(html, paragraph);
        if (list is not null)
        {
            html.Append("</").Append(list).Append(">\n");
        }

        return html.ToString();
    }

    private static void FlushParagraph(StringBuilder html, List<string> paragraph)
    {
        if (paragraph.Count > 0)
        {
            html.Append("<p>").Append(Inline(string.Join(' ', paragraph))).Append("</p>\n");
            paragraph.Clear();
        }
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = Code().Replace(encoded, "<code>$1</code>");
        return Bold().Replace(encoded, "<strong>$1</strong>");
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*[-*]\s+(.+)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*\d+\.\s+(.+)$")]
    private static partial Regex Numbered();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Bold();
}
