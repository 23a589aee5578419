using System.Text;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// What a spreadsheet may do to text without anyone meaning to change it: line breaks inside a
/// cell saved as CRLF, Hangul decomposed into jamo (macOS), the apostrophe the export put before
/// formula-like text kept or dropped, whitespace at the ends. Cells are read through this, and
/// read-only text counts as unchanged when only these differ.
/// </summary>
internal static class CellText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static string Clean(string cell)
    {
        var text = cell.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        if (text.Length > 1 && text[0] == '\'' && FormulaStarts.Contains(text[1], StringComparison.Ordinal))
        {
            text = text[1..];
        }

        return text.Normalize(NormalizationForm.FormC).Trim();
    }

    public static bool Same(string? stored, string cell) => Clean(stored ?? "") == Clean(cell);

    /// <summary>A value for an error message: quoted, and shortened so one long text does not bury the rest.</summary>
    public static string Quote(string text)
    {
        var clean = Clean(text).Replace("\n", " ", StringComparison.Ordinal);
        return clean.Length <= 80 ? $"\"{clean}\"" : $"\"{clean[..77]}...\"";
    }
}
