namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One question's similarity between a model's and a country's distribution: options matched by index when both sides
/// have indexes, else by code (an option with no code then is left out); the union of options, a share missing on one side is 0; each side normalised. Null
/// when the question is skipped (a side with total 0, no option in common, or for Wasserstein an option without a
/// position or a single position).
/// </summary>
internal static class QuestionComparison
{
    private const int StackLimit = 64;

    public static double? Value(IReadOnlyList<OptionShare> model, IReadOnlyList<OptionShare> human, SimilarityMeasure measure, LogBase logBase)
    {
        var byIndex = AllIndexed(model) && AllIndexed(human);
        var capacity = model.Count + human.Count;
        Span<double> modelShares = capacity <= StackLimit ? stackalloc double[capacity] : new double[capacity];
        Span<double> humanShares = capacity <= StackLimit ? stackalloc double[capacity] : new double[capacity];
        Span<double> positions = capacity <= StackLimit ? stackalloc double[capacity] : new double[capacity];
        Span<int> representative = capacity <= StackLimit ? stackalloc int[capacity] : new int[capacity];
        Span<byte> sides = capacity <= StackLimit ? stackalloc byte[capacity] : new byte[capacity];
        modelShares.Clear();
        humanShares.Clear();
        positions.Fill(double.NaN);
        sides.Clear();
        var slots = 0;

        // Representatives are numbered model options first (0..), then human ones (model.Count..).
        for (var side = 0; side < 2; side++)
        {
            var options = side == 0 ? model : human;
            for (var i = 0; i < options.Count; i++)
            {
                var option = options[i];
                if (byIndex ? option.Index is null : option.Code is null)
                {
                    continue; // nothing to match it by: not part of the union
                }

                var slot = Find(option, model, human, representative[..slots], byIndex);
                if (slot < 0)
                {
                    slot = slots++;
                    representative[slot] = side == 0 ? i : model.Count + i;
                }

                sides[slot] |= (byte)(side + 1);
                (side == 0 ? modelShares : humanShares)[slot] += option.Share;
                if (option.Position is { } position && (side == 1 || double.IsNaN(positions[slot])))
                {
                    positions[slot] = position;
                }
            }
        }

        return Compare(modelShares[..slots], humanShares[..slots], positions[..slots], sides[..slots], measure, logBase);
    }

    private static double? Compare(Span<double> model, Span<double> human, Span<double> positions, Span<byte> sides, SimilarityMeasure measure, LogBase logBase)
    {
        double modelTotal = 0, humanTotal = 0;
        var common = false;
        for (var s = 0; s < model.Length; s++)
        {
            modelTotal += model[s];
            humanTotal += human[s];
            common |= sides[s] == 3;
        }

        if (!common || !(modelTotal > 0) || !(humanTotal > 0))
        {
            return null;
        }

        switch (measure)
        {
            case SimilarityMeasure.JsDistance:
                return 1 - JensenShannon.Distance(model, human, logBase);
            case SimilarityMeasure.JsDivergence:
                return 1 - JensenShannon.Divergence(model, human, logBase);
            default:
                double min = double.PositiveInfinity, max = double.NegativeInfinity;
                foreach (var position in positions)
                {
                    if (double.IsNaN(position))
                    {
                        return null;
                    }

                    min = Math.Min(min, position);
                    max = Math.Max(max, position);
                }

                return max > min ? 1 - Wasserstein.Distance(positions, model, human) / (max - min) : null;
        }
    }

    private static int Find(OptionShare option, IReadOnlyList<OptionShare> model, IReadOnlyList<OptionShare> human, Span<int> representative, bool byIndex)
    {
        for (var s = 0; s < representative.Length; s++)
        {
            var r = representative[s];
            var other = r < model.Count ? model[r] : human[r - model.Count];
            if (byIndex ? option.Index == other.Index : string.Equals(option.Code, other.Code, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return -1;
    }

    private static bool AllIndexed(IReadOnlyList<OptionShare> options)
    {
        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Index is null)
            {
                return false;
            }
        }

        return options.Count > 0;
    }
}
