using System.Globalization;
using System.Text;

namespace ValueAtlas.Curation.Review.Decisions;

/// <summary>
/// Word diff of an original against its edit, written "[-old-]{+new+}" like git's word diff.
/// Words are whitespace-separated (Hangul, Latin); Han and kana have no spaces, so each of
/// those characters is a word of its own.
/// </summary>
public static class TextDiff
{
    public static string Words(string original, string edited)
    {
        var a = Tokens(original);
        var b = Tokens(edited);
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                Flush(output, removed, added);
                output.Append(a[x]);
                x++;
                y++;
            }
            else if (y < b.Count && (x == a.Count || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                added.Append(b[y++]);
            }
            else
            {
                removed.Append(a[x++]);
            }
        }

        Flush(output, removed, added);
        return output.ToString();
    }

    private static void Flush(StringBuilder output, StringBuilder removed, StringBuilder added)
    {
        if (removed.Length > 0)
        {
            output.Append("[-").Append(removed).Append("-]");
            removed.Clear();
        }

        if (added.Length > 0)
        {
            output.Append("{+").Append(added).Append("+}");
            added.Clear();
        }
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var word = new StringBuilder();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (char.IsWhiteSpace(element[0]) || IsUnspaced(element))
            {
                if (word.Length > 0)
                {
                    tokens.Add(word.ToString());
                    word.Clear();
                }

                tokens.Add(element);
            }
            else
            {
                word.Append(element);
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }

    private static bool IsUnspaced(string element)
    {
        var c = element[0];
        return c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';
    }
}
