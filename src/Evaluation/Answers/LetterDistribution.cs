using ValueAtlas.Core.Llm;

namespace ValueAtlas.Evaluation.Answers;

/// <summary>Reads a model's choice among lettered options from log-probabilities or from sampled answers. Pure.</summary>
public static class LetterDistribution
{
    /// <summary>
    /// Scans the first <paramref name="scanPositions"/> generated positions for the answer position, folding letter
    /// variants, and renormalises over the <paramref name="optionCount"/> letters there.
    /// </summary>
    /// <remarks>
    /// A position's candidates are its alternatives plus the emitted token; an entry repeated with the same text and
    /// log-probability (vLLM lists the sampled token first and again in its top-N) counts once, while different
    /// entries folding to one letter (" A", "A", "(A") add up. The answer position is the first where the model
    /// actually answers: its emitted token is an option letter, or the letters carry at least half of its mass. A
    /// model that opens with "**" (and keeps a trace of mass on a letter there) is so read one position later, where
    /// its letter is. When no scanned position qualifies, the first with any letter mass is read, and its uncovered
    /// mass says how little the letters had. Uncovered mass is 1 − the letters' summed probability at the position
    /// read, so it also counts what the top-k list left out.
    /// </remarks>
    public static LetterMass FromLogprobs(IReadOnlyList<TokenPosition> positions, int optionCount, int scanPositions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        CheckOptionCount(optionCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scanPositions);
        LetterMass? firstWithMass = null;
        for (var i = 0; i < Math.Min(scanPositions, positions.Count); i++)
        {
            var mass = LettersAt(positions[i], optionCount);
            var covered = mass.Sum();
            if (covered <= 0)
            {
                continue;
            }

            var read = new LetterMass(mass.Select(m => m / covered).ToArray(), Math.Clamp(1 - covered, 0, 1), i, NoOptionMass: false);
            if (covered >= 0.5 || OptionLetters.Fold(positions[i].Token, optionCount) is not null)
            {
                return read;
            }

            firstWithMass ??= read;
        }

        return firstWithMass ?? new LetterMass(Uniform(optionCount), UncoveredMass: 1, Position: null, NoOptionMass: true);
    }

    private static double[] LettersAt(TokenPosition position, int optionCount)
    {
        var mass = new double[optionCount];
        var seen = new HashSet<(string Token, double Logprob)>();
        foreach (var candidate in position.Top.Append(new TokenLogprob(position.Token, position.Logprob)))
        {
            if (seen.Add((candidate.Token, candidate.Logprob)) && OptionLetters.Fold(candidate.Token, optionCount) is { } option)
            {
                mass[option] += Probability(candidate.Logprob);
            }
        }

        return mass;
    }

    /// <summary>Counts the letter each sampled answer names; answers naming no option count toward uncovered mass.</summary>
    public static LetterMass FromSamples(IReadOnlyList<string> answers, int optionCount)
    {
        ArgumentNullException.ThrowIfNull(answers);
        CheckOptionCount(optionCount);
        var counts = new int[optionCount];
        foreach (var answer in answers)
        {
            if (ParseLetter(answer, optionCount) is { } option)
            {
                counts[option]++;
            }
        }

        var named = counts.Sum();
        if (named == 0)
        {
            return new LetterMass(Uniform(optionCount), UncoveredMass: 1, Position: null, NoOptionMass: true, answers.Count);
        }

        var uncovered = (answers.Count - named) / (double)answers.Count;
        return new LetterMass(counts.Select(c => c / (double)named).ToArray(), uncovered, Position: null, NoOptionMass: false, answers.Count);
    }

    /// <summary>The 0-based option an answer text names ("B", "(B)", "**B**", "B번", "답: B"), or null.</summary>
    /// <remarks>Conservative: two different letters named, or none, give null. The rules are on <see cref="NamedLetter"/>.</remarks>
    public static int? ParseLetter(string answer, int optionCount)
    {
        CheckOptionCount(optionCount);
        return NamedLetter.Find(answer, optionCount);
    }

    /// <summary>
    /// Servers write "no probability" as −9999.0 (vLLM, OpenAI outside the top), the lowest float (llama.cpp) or
    /// leave it out (NaN here); all are zero mass.
    /// </summary>
    private static double Probability(double logprob) =>
        double.IsNaN(logprob) || logprob <= -1e30 || logprob == -9999.0 ? 0 : Math.Min(1, Math.Exp(logprob));

    private static double[] Uniform(int optionCount) => Enumerable.Repeat(1.0 / optionCount, optionCount).ToArray();

    private static void CheckOptionCount(int optionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(optionCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(optionCount, OptionLetters.MaxOptions);
    }
}
