namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The Jensen-Shannon centroid of distributions by Nielsen's concave-convex procedure, step for step as the
/// <c>jensen-shannon-centroid</c> package: natural parameters θ = the first K−1 entries, start at their mean,
/// θ' = ∇F*(mean_i ∇F((θ + θ_i)/2)), stop when Σ|θ − θ'| &lt; 1e-10 and return [θ, 1 − Σθ] (θ before that last step).
/// </summary>
public static class JsCentroid
{
    public const int MaxSteps = 1_000;
    private const double Tolerance = 1e-10;

    /// <param name="members">m × k, row-major: member i is <c>members[(i·k)..((i+1)·k)]</c>.</param>
    /// <param name="k">Entries per member.</param>
    /// <param name="group">Names the group in the exception when the iteration does not converge.</param>
    /// <returns>The centroid, k entries.</returns>
    public static double[] Of(ReadOnlySpan<double> members, int k, string group = "")
    {
        var m = members.Length / k;
        var d = k - 1;
        var theta = new double[d];
        var next = new double[d];
        var mid = new double[d];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < d; j++)
            {
                theta[j] += members[i * k + j];
            }
        }

        for (var j = 0; j < d; j++)
        {
            theta[j] /= m;
        }

        for (var step = 0; step < MaxSteps; step++)
        {
            Array.Clear(next);
            for (var i = 0; i < m; i++)
            {
                var rest = 1.0;
                for (var j = 0; j < d; j++)
                {
                    mid[j] = (theta[j] + members[i * k + j]) / 2;
                    rest -= mid[j];
                }

                // ∇F(θ) = ln(θ / max(1 − Σθ, 1e-8)).
                var denominator = Math.Max(rest, 1e-8);
                for (var j = 0; j < d; j++)
                {
                    next[j] += Math.Log(mid[j] / denominator);
                }
            }

            // ∇F*(η) = exp(η) / (1 + Σ exp(η)).
            var sum = 1.0;
            for (var j = 0; j < d; j++)
            {
                next[j] = Math.Exp(next[j] / m);
                sum += next[j];
            }

            var change = 0.0;
            for (var j = 0; j < d; j++)
            {
                next[j] /= sum;
                change += Math.Abs(theta[j] - next[j]);
            }

            if (change < Tolerance)
            {
                return Complete(theta);
            }

            (theta, next) = (next, theta);
        }

        throw new CentroidNotConvergedException(group, MaxSteps);
    }

    private static double[] Complete(double[] theta)
    {
        var centroid = new double[theta.Length + 1];
        var rest = 1.0;
        for (var j = 0; j < theta.Length; j++)
        {
            centroid[j] = theta[j];
            rest -= theta[j];
        }

        centroid[^1] = rest;
        return centroid;
    }
}
