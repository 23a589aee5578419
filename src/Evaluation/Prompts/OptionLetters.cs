using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// How options are lettered in a prompt: the first shown is A, the next B, up to Z. ValueConsistency prompts (mc,
/// judge, pvq, the completion examples) write a line <c>A. text</c>; GlobalOpinionQA prompts write <c>(A) text</c>, as
/// that study did. Letter extraction folds both shapes, so either reads back as the same letter.
/// </summary>
public static class OptionLetters
{
    /// <summary>The most options a prompt can letter.</summary>
    public const int Max = 26;

    /// <summary>The letter of the option shown at 0-based <paramref name="position"/>: 0 → A.</summary>
    public static char Letter(int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(position, Max);
        return (char)('A' + position);
    }

    /// <summary>The letters of <paramref name="count"/> options, A first.</summary>
    public static IReadOnlyList<char> Letters(int count) => [.. Enumerable.Range(0, CheckCount(count)).Select(Letter)];

    /// <summary>One line <c>A. text</c> per option, in the given order.</summary>
    public static string Dotted(IReadOnlyList<ProbeOption> lettered) => Lines(lettered, (letter, text) => $"{letter}. {text}");

    /// <summary>One line <c>(A) text</c> per option, in the given order.</summary>
    public static string Parenthesised(IReadOnlyList<ProbeOption> lettered) => Lines(lettered, (letter, text) => $"({letter}) {text}");

    private static string Lines(IReadOnlyList<ProbeOption> lettered, Func<char, string, string> line)
    {
        ArgumentNullException.ThrowIfNull(lettered);
        CheckCount(lettered.Count);
        return string.Join('\n', lettered.Select((option, position) => line(Letter(position), option.Text)));
    }

    private static int CheckCount(int count) =>
        count is >= 1 and <= Max
            ? count
            : throw new ArgumentOutOfRangeException(nameof(count), count, $"A prompt letters between 1 and {Max} options.");
}
