using ValueAtlas.Core.Llm;

namespace ValueAtlas.Evaluation.Answers;

/// <summary>Reads a model's choice among lettered options from log-probabilities or from sampled answers. Pure.</summary>
public static class LetterDistribution
{
    /// <summary>
    /// Scans the first <paramref name="scanPositions"/> generated positions for the first one where option letters
    /// carry mass, folding letter variants, and renormalises over the <paramref name="optionCount"/> letters.
    /// </summary>
    public static LetterMass FromLogprobs(IReadOnlyList<TokenPosition> positions, int optionCount, int scanPositions) =>
        throw new NotImplementedException();

    /// <summary>Counts the letter each sampled answer names; answers naming no option count toward uncovered mass.</summary>
    public static LetterMass FromSamples(IReadOnlyList<string> answers, int optionCount) =>
        throw new NotImplementedException();

    /// <summary>The 0-based option an answer text names ("B", "(B)", "**B**", "B번", "답: B"), or null.</summary>
    public static int? ParseLetter(string answer, int optionCount) =>
        throw new NotImplementedException();
}
