using System.Text;
using System.Text.RegularExpressions;

namespace ValueAtlas.Evaluation.Answers;

/// <summary>
/// Which option a free answer text names, conservatively: better no answer than a wrong one. Tried in order, the
/// first rule that finds anything decides, and a rule that finds two different letters gives null:
/// <list type="number">
/// <item>the whole answer is one letter once markup is stripped ("B", "(B)", "**B**", "b", "Ｂ", "B번");</item>
/// <item>a letter after "answer", "option", "choice", "답", "선택" or before "번" ("Answer: (B)", "The answer is B", "답: B");</item>
/// <item>letters formatted as options: "(B)", "[B]", "**B**", or "B." / "B)" / "B:" opening a line;</item>
/// <item>a lone capital letter standing by itself, among the options; "A" or "I" followed by a lowercase word other
/// than "or"/"and" is the article or the pronoun ("A good question", "I think"), not a letter.</item>
/// </list>
/// Lowercase counts only alone or in brackets, where it cannot be the English article. A letter beyond the options
/// names none. Anything up to a closing &lt;/think&gt; is a reasoning model's thinking and is skipped.
/// </summary>
internal static partial class NamedLetter
{
    public static int? Find(string answer, int optionCount)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var thinkEnd = answer.LastIndexOf("</think>", StringComparison.OrdinalIgnoreCase);
        var text = (thinkEnd >= 0 ? answer[(thinkEnd + "</think>".Length)..] : answer).Normalize(NormalizationForm.FormKC).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (OptionLetters.LetterOf(text) is { } whole)
        {
            return whole < optionCount ? whole : null;
        }

        foreach (var rule in (ReadOnlySpan<Regex>)[Marked(), Formatted()])
        {
            var letters = Letters(rule, text);
            if (letters.Count > 0)
            {
                return Single(letters, optionCount);
            }
        }

        var standing = Letters(Standing(), text);
        standing.RemoveWhere(i => i >= optionCount);
        return Single(standing, optionCount);
    }

    private static HashSet<int> Letters(Regex rule, string text)
    {
        var letters = new HashSet<int>();
        foreach (Match match in rule.Matches(text))
        {
            letters.Add(char.ToUpperInvariant(match.Groups["l"].Value[0]) - 'A');
        }

        return letters;
    }

    private static int? Single(HashSet<int> letters, int optionCount) =>
        letters.Count == 1 && letters.First() is var only && only < optionCount ? only : null;

    [GeneratedRegex("""
        (?:\b(?i:answer|option|choice)\b(?:\s+(?i:is|was|would\s+be|will\s+be))?|답|선택)(?:은|는|이|변은|지는)?[\s:\-=*_>"'“”]{0,8}(?:(?<l>[A-Z])|[(\[](?<l>[A-Za-z])[)\]])(?![A-Za-z0-9])
        |(?<![A-Za-z0-9])(?<l>[A-Za-z])\s*[)\]]?\s*번
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Marked();

    [GeneratedRegex("""
        (?<![A-Za-z0-9])[(\[](?<l>[A-Za-z])[)\]]
        |\*\*(?<l>[A-Z])\*\*
        |^[\s*_>\#]*(?<l>[A-Z])[).:]
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Formatted();

    [GeneratedRegex("""
        (?<![A-Za-z0-9'’])(?:(?<l>[B-HJ-Z])|(?<l>[AI])(?!\s+(?!(?:or|and|nor|vs?)\b)[a-z]))(?![A-Za-z0-9'’])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Standing();
}
