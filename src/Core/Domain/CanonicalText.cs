using System.Text;

namespace ValueAtlas.Core.Domain;

/// <summary>
/// The text form that content ids hash. Models and editors vary in Unicode composition
/// (Hangul can arrive as jamo sequences) and in stray spaces; neither should change an id.
/// </summary>
public static class CanonicalText
{
    /// <summary>NFC, trimmed, every whitespace run collapsed to one space.</summary>
    public static string Normalise(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Normalised and lower-cased: for names whose case carries no meaning (topic names).</summary>
    public static string Key(string text) => Normalise(text).ToLowerInvariant();
}
