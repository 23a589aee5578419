using System.Globalization;
using System.Text;

namespace ValueAtlas.Generation.Filters;

/// <summary>
/// The comparison form for duplicate detection. Models vary punctuation width (？ vs ?), quote
/// style and spacing (Korean spacing rules are loose) without changing the question, so all of
/// those are erased; letters, digits and symbols stay. Unicode files % # &amp; @ under punctuation,
/// so they are erased too: a paraphrase differing only in them is no new form.
/// </summary>
public static class TextKey
{
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // NFKC folds full-width forms and composes Hangul jamo before anything is compared.
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c) || IsErased(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    // Format characters (zero-width space, BOM) are invisible, so two texts differing only in them read the same.
    private static bool IsErased(UnicodeCategory category) => category switch
    {
        UnicodeCategory.ConnectorPunctuation
            or UnicodeCategory.DashPunctuation
            or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation
            or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.Format => true,
        _ => false,
    };
}
