using System.Net;
using System.Text.RegularExpressions;

namespace ValueAtlas.Evaluation.Tests.Report;

/// <summary>Reads a table of the rendered report back: its body rows' cell texts and whether each row is highlighted.</summary>
internal static partial class HtmlTable
{
    public static IReadOnlyList<(IReadOnlyList<string> Cells, bool Korea)> Rows(string html, string id)
    {
        var table = Regex.Match(html, $"<table id=\"{Regex.Escape(id)}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(table.Success, $"no table {id}");
        var body = table.Groups[1].Value[table.Groups[1].Value.IndexOf("<tbody>", StringComparison.Ordinal)..];
        return
        [
            .. Row().Matches(body).Select(m => (
                (IReadOnlyList<string>)[.. Cell().Matches(m.Groups[2].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value))],
                m.Groups[1].Value.Length > 0)),
        ];
    }

    [GeneratedRegex("<tr( class=\"kr\")?>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
