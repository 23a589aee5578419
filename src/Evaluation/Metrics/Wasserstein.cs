namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The 1-D Wasserstein (earth mover's) distance between two weightings of the same positions, as
/// <c>scipy.stats.wasserstein_distance(pos, pos, u_weights, v_weights)</c>: the integral of |U − V| over the
/// cumulative weights (each side normalised to sum 1).
/// </summary>
public static class Wasserstein
{
    public static double Distance(ReadOnlySpan<double> positions, ReadOnlySpan<double> u, ReadOnlySpan<double> v)
    {
        var n = positions.Length;
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var keys = positions.ToArray();
        Array.Sort(keys, order);
        double sumU = 0, sumV = 0;
        for (var i = 0; i < n; i++)
        {
            sumU += u[i];
            sumV += v[i];
        }

        double cumulativeU = 0, cumulativeV = 0, distance = 0;
        for (var i = 0; i < n - 1; i++)
        {
            cumulativeU += u[order[i]];
            cumulativeV += v[order[i]];
            distance += Math.Abs(cumulativeU / sumU - cumulativeV / sumV) * (keys[i + 1] - keys[i]);
        }

        return distance;
    }
}
