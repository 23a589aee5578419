namespace ValueAtlas.Evaluation.Run;

/// <summary>How much of the answer mass the options covered, over a model's queries: the honest measure of how well the prompt worked.</summary>
public sealed record UncoveredMassSummary(double Mean, double Median, double P90, double Max, long NoOptionMass)
{
    public static UncoveredMassSummary Of(IReadOnlyList<AnswerRow> rows)
    {
        var values = rows.Where(r => r.UncoveredMass is not null).Select(r => r.UncoveredMass!.Value).Order().ToArray();
        if (values.Length == 0)
        {
            return new UncoveredMassSummary(0, 0, 0, 0, 0);
        }

        return new UncoveredMassSummary(
            values.Average(),
            Quantile(values, 0.5),
            Quantile(values, 0.9),
            values[^1],
            rows.Count(r => r.NoOptionMass == true));
    }

    // Linear interpolation between closest ranks (numpy's default), so the numbers can be checked with numpy.quantile.
    private static double Quantile(double[] sorted, double q)
    {
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }
}
