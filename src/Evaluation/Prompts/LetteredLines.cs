using ValueAtlas.Evaluation.Answers;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Prompts;

/// <summary>
/// How options are lettered in a prompt: the first shown is A, the next B, up to Z. ValueConsistency prompts (mc,
/// judge, pvq, the completion examples) write a line <c>A. text</c>; GlobalOpinionQA prompts write <c>(A) text</c>, as
/// that study did. Letter extraction folds both shapes, so either reads back as the same letter.
/// </summary>
public static class LetteredLines
{
    /// <summary>The letters of <paramref name="count"/> options, A first.</summary>
    public static IReadOnlyList<char> Letters(int count) => [.. Enumerable.Range(0, CheckCount(count)).Select(OptionLetters.Letter)];

    /// <summary>One line <c>A. text</c> per option, in the given order.</summary>
    public static string Dotted(IReadOnlyList<ProbeOption> lettered) => Lines(lettered, (letter, text) => $"{letter}. {text}");

    /// <summary>One line <c>(A) text</c> per option, in the given order.</summary>
    public static string Parenthesised(IReadOnlyList<ProbeOption> lettered) => Lines(lettered, (letter, text) => $"({letter}) {text}");

    private static string Lines(IReadOnlyList<ProbeOption> lettered, Func<char, string, string> line)
    {
        ArgumentNullException.ThrowIfNull(lettered);
        CheckCount(lettered.Count);
        return string.Join('\n', lettered.Select((option, position) => line(OptionLetters.Letter(position), option.Text)));
    }

    private static int CheckCount(int count) =>
        count is >= 1 and <= OptionLetters.MaxOptions
            ? count
            : throw new ArgumentOutOfRangeException(nameof(count), count, $"A prompt letters between 1 and {OptionLetters.MaxOptions} options.");
}
