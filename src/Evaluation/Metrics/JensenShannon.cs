namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// Jensen-Shannon divergence and distance as <c>scipy.spatial.distance.jensenshannon</c> computes them: each side
/// normalised to sum 1 first, m = (p + q) / 2, rel_entr terms, natural log unless base 2 (divided by ln 2).
/// </summary>
public static class JensenShannon
{
    /// <summary>JSD(p, q) in [0, ln 2] (natural log) or [0, 1] (base 2). Sides of different length are an error.</summary>
    public static double Divergence(ReadOnlySpan<double> p, ReadOnlySpan<double> q, LogBase logBase = LogBase.E)
    {
        if (p.Length != q.Length)
        {
            throw new ArgumentException($"distributions of {p.Length} and {q.Length} options");
        }

        double sumP = 0, sumQ = 0;
        for (var i = 0; i < p.Length; i++)
        {
            sumP += p[i];
            sumQ += q[i];
        }

        double left = 0, right = 0;
        for (var i = 0; i < p.Length; i++)
        {
            var a = p[i] / sumP;
            var b = q[i] / sumQ;
            var m = (a + b) / 2;
            left += RelativeEntropy(a, m);
            right += RelativeEntropy(b, m);
        }

        var js = left + right;
        if (logBase == LogBase.Two)
        {
            js /= Math.Log(2);
        }

        return js / 2;
    }

    /// <summary>√JSD: what SciPy's <c>jensenshannon</c> returns.</summary>
    public static double Distance(ReadOnlySpan<double> p, ReadOnlySpan<double> q, LogBase logBase = LogBase.E) =>
        Math.Sqrt(Divergence(p, q, logBase));

    // scipy.special.rel_entr: x ln(x/y) for x, y > 0; 0 for x = 0.
    private static double RelativeEntropy(double x, double y) =>
        x > 0 ? (y > 0 ? x * Math.Log(x / y) : double.PositiveInfinity) : (x == 0 && y >= 0 ? 0 : double.PositiveInfinity);
}
