namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The standard normal cdf Φ and its inverse, to about full double precision (SciPy's <c>ndtr</c>/<c>ndtri</c> agree
/// to 1e-14): what BCa needs, without a numerics package in this project.
/// </summary>
public static class NormalDistribution
{
    private const double Sqrt2 = 1.4142135623730951;
    private const double SqrtPi = 1.7724538509055159;
    private const double Sqrt2Pi = 2.5066282746310002;

    public static double Cdf(double x) => double.IsNaN(x) ? double.NaN : 0.5 * Erfc(-x / Sqrt2);

    /// <summary>Φ⁻¹(p): −∞ at 0, +∞ at 1, NaN outside [0, 1].</summary>
    public static double InverseCdf(double p)
    {
        if (double.IsNaN(p) || p < 0 || p > 1)
        {
            return double.NaN;
        }

        if (p == 0)
        {
            return double.NegativeInfinity;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        // Acklam's rational approximation (relative error 1.2e-9), then Halley steps on an accurate Φ.
        var x = Acklam(p);
        for (var step = 0; step < 2; step++)
        {
            // Above the median the upper tail keeps the precision (1 − p is exact for p ≥ 0.5).
            var e = p < 0.5 ? Cdf(x) - p : 1 - p - Cdf(-x);
            var u = e * Sqrt2Pi * Math.Exp(x * x / 2);
            x -= u / (1 + x * u / 2);
        }

        return x;
    }

    /// <summary>The complementary error function: a positive series below 1.5, a continued fraction above (no cancellation in the tail).</summary>
    public static double Erfc(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        if (x < 0)
        {
            return 2 - Erfc(-x);
        }

        if (x > 27)
        {
            return 0;
        }

        return x < 1.5 ? 1 - ErfSeries(x) : ErfcFraction(x);
    }

    // erf(x) = 2/√π e^(−x²) Σ x (2x²)^n / (1·3·…·(2n+1)): every term positive.
    private static double ErfSeries(double x)
    {
        var twoX2 = 2 * x * x;
        var term = x;
        var sum = x;
        for (var n = 1; n < 200 && term > 1e-17 * sum; n++)
        {
            term *= twoX2 / (2 * n + 1);
            sum += term;
        }

        return 2 / SqrtPi * Math.Exp(-x * x) * sum;
    }

    // erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), by the modified Lentz method.
    private static double ErfcFraction(double x)
    {
        const double tiny = 1e-300;
        var f = x;
        var c = x;
        var d = 0.0;
        for (var n = 1; n < 5000; n++)
        {
            var a = n / 2.0;
            d = x + a * d;
            d = Math.Abs(d) < tiny ? 1 / tiny : 1 / d;
            c = x + a / c;
            c = Math.Abs(c) < tiny ? tiny : c;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Exp(-x * x) / (SqrtPi * f);
    }

    private static double Acklam(double p)
    {
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Tail(q);
        }

        if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            return -Tail(q);
        }

        var r = p - 0.5;
        var s = r * r;
        return (((((-3.969683028665376e+01 * s + 2.209460984245205e+02) * s - 2.759285104469687e+02) * s + 1.383577518672690e+02) * s - 3.066479806614716e+01) * s + 2.506628277459239e+00) * r
            / (((((-5.447609879822406e+01 * s + 1.615858368580409e+02) * s - 1.556989798598866e+02) * s + 6.680131188771972e+01) * s - 1.328068155288572e+01) * s + 1);
    }

    private static double Tail(double q) =>
        (((((-7.784894002430293e-03 * q - 3.223964580411365e-01) * q - 2.400758277161838e+00) * q - 2.549732539343734e+00) * q + 4.374664141464968e+00) * q + 2.938163982698783e+00)
        / ((((7.784695709041462e-03 * q + 3.224671290700398e-01) * q + 2.445134137142996e+00) * q + 3.754408661907416e+00) * q + 1);
}
