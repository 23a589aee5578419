using System.Globalization;
using System.Text;

namespace ValueAtlas.Evaluation.Answers;

/// <summary>
/// Option i is shown as letter 'A' + i. Folds the many ways a tokenizer or a model writes a letter (" A", "▁A", "(A",
/// "A)", "**A", "a", "Ａ", Cyrillic "А", "A번", byte fallback "&lt;0x41&gt;") back to that letter.
/// </summary>
public static class OptionLetters
{
    public const int MaxOptions = 26;

    public static char Letter(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, MaxOptions);
        return (char)('A' + index);
    }

    /// <summary>
    /// The option a token names, or null: not a lone letter ("AB", "Answer", "**", "\n"), or a letter beyond
    /// <paramref name="optionCount"/> ("C" with two options), which is mass on no option.
    /// </summary>
    public static int? Fold(string token, int optionCount) =>
        LetterOf(token) is { } index && index < optionCount ? index : null;

    /// <summary>The 0-based letter (A = 0 … Z = 25) a token spells once spaces, markup and a Korean "번" are stripped, or null.</summary>
    public static int? LetterOf(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var fallback = ByteFallback(token);
        var core = Core(fallback.IsEmpty ? token : fallback);
        if (core.IsEmpty)
        {
            return null;
        }

        // NFKC turns full-width and other compatibility forms (Ａ, ａ, Ⓐ, mathematical bold) into plain letters.
        var normalized = core.Length == 1 && char.IsAscii(core[0]) ? core : core.ToString().Normalize(NormalizationForm.FormKC).AsSpan();
        return normalized.Length == 1 ? LetterIndex(normalized[0]) : null;
    }

    private static ReadOnlySpan<char> Core(ReadOnlySpan<char> token)
    {
        var core = Trim(token);
        if (core.EndsWith("번", StringComparison.Ordinal))
        {
            core = Trim(core[..^1]);
        }

        return core;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> span)
    {
        var start = 0;
        while (start < span.Length && IsWrapping(span[start]))
        {
            start++;
        }

        var end = span.Length;
        while (end > start && IsWrapping(span[end - 1]))
        {
            end--;
        }

        return span[start..end];
    }

    // 'Ġ' and 'Ċ' are byte-level BPE's space and newline, '▁' SentencePiece's space, when a server returns raw vocabulary.
    private static bool IsWrapping(char c) =>
        char.IsWhiteSpace(c) || c is 'Ġ' or 'Ċ' or '▁' || char.IsPunctuation(c) || char.IsSymbol(c);

    // SentencePiece's byte fallback names a byte as "<0x41>"; only ASCII bytes can be a whole letter.
    private static ReadOnlySpan<char> ByteFallback(string token)
    {
        var trimmed = token.AsSpan().Trim();
        if (trimmed.Length == 6 && trimmed.StartsWith("<0x", StringComparison.Ordinal) && trimmed[5] == '>'
            && byte.TryParse(trimmed[3..5], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b) && b < 0x80)
        {
            return ((char)b).ToString().AsSpan();
        }

        return default;
    }

    private static int? LetterIndex(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a',
        _ => LookAlike(c) is { } latin ? latin - 'A' : null,
    };

    /// <summary>Cyrillic and Greek capitals (and the few lowercase Cyrillic) drawn exactly like a Latin letter.</summary>
    private static char? LookAlike(char c) => c switch
    {
        'А' or 'а' or 'Α' => 'A',
        'В' or 'Β' => 'B',
        'С' or 'с' => 'C',
        'Е' or 'е' or 'Ε' => 'E',
        'Н' or 'Η' => 'H',
        'І' or 'і' or 'Ι' => 'I',
        'Ј' or 'ј' => 'J',
        'К' or 'Κ' => 'K',
        'М' or 'Μ' => 'M',
        'Ν' => 'N',
        'О' or 'о' or 'Ο' => 'O',
        'Р' or 'р' or 'Ρ' => 'P',
        'Ѕ' or 'ѕ' => 'S',
        'Т' or 'Τ' => 'T',
        'Х' or 'х' or 'Χ' => 'X',
        'у' or 'Υ' => 'Y',
        'Ζ' => 'Z',
        _ => null,
    };
}
