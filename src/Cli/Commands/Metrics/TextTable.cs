using System.Globalization;
using System.Text;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary>
/// A plain text table, columns padded to their widest cell. Hangul and other East Asian wide characters take two
/// columns in a terminal, so widths count them twice and Korean topic names still line up.
/// </summary>
internal sealed class TextTable(params string[] header)
{
    private readonly List<string[]> _rows = [header];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = new int[_rows.Max(r => r.Length)];
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(row[i]));
            }
        }

        var text = new StringBuilder();
        foreach (var row in _rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                text.Append(row[i]);
                if (i < row.Length - 1)
                {
                    text.Append(' ', widths[i] - Width(row[i]) + 2);
                }
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A number as the tables show it: four decimals, invariant; "-" for none.</summary>
    public static string Number(double? value) => value is { } v ? v.ToString("0.0000", CultureInfo.InvariantCulture) : "-";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Width(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += rune.Value is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
                ? 2
                : 1;
        }

        return width;
    }
}
