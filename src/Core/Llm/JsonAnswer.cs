using System.Text;
using System.Text.Json;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// Finds the JSON value in a model's answer. Models wrap it in code fences, put prose before or after it, or
/// both; the first complete JSON object or array wins, fenced content first.
/// </summary>
public static class JsonAnswer
{
    private const int MaxCandidates = 32;

    public static bool TryExtract(string text, out JsonElement value)
    {
        foreach (var candidate in Candidates(text).Concat(Candidates(AsciiPunctuation(text))))
        {
            if (TryParseAt(candidate, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Models writing Chinese, Japanese or Korean sometimes type the JSON itself with full-width punctuation
    /// (｛“name”：“…”，…｝). Tried only after the text as written failed, so valid JSON keeps its strings untouched.
    /// </summary>
    private static string AsciiPunctuation(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '“' or '”' or '＂' => '"',
                '：' => ':',
                '，' => ',',
                '｛' => '{',
                '｝' => '}',
                '［' => '[',
                '］' => ']',
                _ => c,
            });
        }

        return builder.ToString();
    }

    private static IEnumerable<string> Candidates(string text)
    {
        var fence = text.IndexOf("```", StringComparison.Ordinal);
        if (fence >= 0)
        {
            var bodyStart = text.IndexOf('\n', fence);
            var close = bodyStart < 0 ? -1 : text.IndexOf("```", bodyStart, StringComparison.Ordinal);
            if (close > bodyStart)
            {
                yield return text[(bodyStart + 1)..close];
            }
        }

        var tried = 0;
        for (var i = 0; i < text.Length && tried < MaxCandidates; i++)
        {
            if (text[i] is '{' or '[')
            {
                tried++;
                yield return text[i..];
            }
        }
    }

    private static bool TryParseAt(string candidate, out JsonElement value)
    {
        var trimmed = candidate.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            value = default;
            return false;
        }

        // Utf8JsonReader stops after one complete value, so trailing commentary is simply never read.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(trimmed), new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }
}
