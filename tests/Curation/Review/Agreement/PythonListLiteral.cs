using System.Text;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>Reads a Python list of string literals, as pandas wrote them into the controversy files: ['a', "b's"].</summary>
internal static class PythonListLiteral
{
    public static List<string> Parse(string text)
    {
        var body = text.Trim();
        if (body.Length < 2 || body[0] != '[' || body[^1] != ']')
        {
            throw new FormatException($"not a Python list: {text}");
        }

        var items = new List<string>();
        var i = 1;
        while (true)
        {
            i = SkipSpace(body, i);
            if (body[i] == ']')
            {
                return items;
            }

            i = ReadString(body, i, items);
            i = SkipSpace(body, i);
            if (body[i] == ',')
            {
                i++;
            }
            else if (body[i] != ']')
            {
                throw new FormatException($"expected ',' or ']' at {i}: {text}");
            }
        }
    }

    private static int ReadString(string body, int i, List<string> items)
    {
        var quote = body[i];
        if (quote is not ('\'' or '"'))
        {
            throw new FormatException($"expected a string at {i}: {body}");
        }

        var value = new StringBuilder();
        for (i++; body[i] != quote; i++)
        {
            // Python escapes its quote and backslash; nothing else occurs in these labels.
            value.Append(body[i] == '\\' ? body[++i] : body[i]);
        }

        items.Add(value.ToString());
        return i + 1;
    }

    private static int SkipSpace(string body, int i)
    {
        while (char.IsWhiteSpace(body[i]))
        {
            i++;
        }

        return i;
    }
}
