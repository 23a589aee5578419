namespace ValueAtlas.FakeLlm;

/// <summary>Deterministic logprobs: the chosen token at -0.1, then alternatives at -2.5, -3.0, ... until k entries.</summary>
internal static class DefaultLogprobs
{
    private const double ChosenLogprob = -0.1;

    public static IReadOnlyList<LogprobPosition> For(IReadOnlyList<string> tokens, int k)
    {
        var positions = new LogprobPosition[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            positions[i] = new LogprobPosition(tokens[i], ChosenLogprob, Top(tokens[i], k));
        }

        return positions;
    }

    public static IReadOnlyList<LogprobPosition> FromScript(IReadOnlyList<IReadOnlyList<(string Token, double Logprob)>> script)
    {
        var positions = new LogprobPosition[script.Count];
        for (var i = 0; i < script.Count; i++)
        {
            positions[i] = new LogprobPosition(script[i][0].Token, script[i][0].Logprob, script[i]);
        }

        return positions;
    }

    private static (string Token, double Logprob)[] Top(string chosen, int k)
    {
        var top = new (string Token, double Logprob)[k];
        if (k == 0)
        {
            return top;
        }

        top[0] = (chosen, ChosenLogprob);
        var prefix = chosen.Length > 0 && char.IsWhiteSpace(chosen[0]) ? " " : string.Empty;
        var suffix = 1;
        for (var i = 1; i < k; i++, suffix++)
        {
            var alternative = $"{prefix}alt{suffix}";
            if (alternative == chosen)
            {
                alternative = $"{prefix}alt{++suffix}";
            }

            top[i] = (alternative, -2.5 - (0.5 * (i - 1)));
        }

        return top;
    }
}
