using System.Text.RegularExpressions;

namespace ValueAtlas.Evaluation.Tests.Run;

/// <summary>Reads back which letter a rendered prompt gave each option text ("A. 찬성", "(A) 찬성", "A) 찬성").</summary>
internal static partial class Lettered
{
    public static char LetterOf(string prompt, string optionText)
    {
        foreach (Match match in Line().Matches(prompt))
        {
            if (match.Groups["text"].Value.Trim() == optionText)
            {
                return match.Groups["letter"].Value[0];
            }
        }

        throw new InvalidOperationException($"'{optionText}' is not a lettered option of the prompt:\n{prompt}");
    }

    [GeneratedRegex(@"^\s*\(?(?<letter>[A-Z])[\.\):]\)?\s+(?<text>.+)$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
