namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// The BCa bootstrap interval of a mean, as <c>scipy.stats.bootstrap((x,), np.mean, method='BCa')</c> computes it:
/// z0 from the share of resampled means below the estimate (ties half), acceleration from the jackknife, numpy's
/// linear percentiles. Resamples are drawn in fixed blocks, each from its own stream derived from the seed, so the
/// result depends on the seed only, not on threads; no index arrays are kept.
/// </summary>
public static class BcaBootstrap
{
    private const int BlockSize = 256;

    /// <summary>Work (resamples × n) below which one thread is quicker than scheduling blocks.</summary>
    private const long ParallelWork = 1L << 18;

    public static ConfidenceInterval MeanInterval(ReadOnlySpan<double> values, int resamples, double confidence, ulong seed)
    {
        var n = values.Length;
        if (n == 0)
        {
            return new ConfidenceInterval(double.NaN, double.NaN);
        }

        double sum = 0;
        var allEqual = true;
        for (var i = 0; i < n; i++)
        {
            sum += values[i];
            allEqual &= values[i] == values[0];
        }

        var mean = sum / n;
        if (n <= 1 || allEqual || resamples < 1)
        {
            return new ConfidenceInterval(mean, mean);
        }

        var means = Resample(values.ToArray(), resamples, seed);
        var below = 0;
        var atOrBelow = 0;
        foreach (var m in means)
        {
            below += m < mean ? 1 : 0;
            atOrBelow += m <= mean ? 1 : 0;
        }

        var z0 = NormalDistribution.InverseCdf((below + atOrBelow) / (2.0 * resamples));
        var a = Acceleration(values, mean);
        var alpha = (1 - confidence) / 2;
        var alpha1 = Adjusted(z0, a, NormalDistribution.InverseCdf(alpha));
        var alpha2 = Adjusted(z0, a, NormalDistribution.InverseCdf(1 - alpha));
        Array.Sort(means);
        return new ConfidenceInterval(Percentile(means, alpha1), Percentile(means, alpha2));
    }

    /// <summary>The resampled means, block b from the stream SplitMix(seed + b): the same for a seed on any number of threads.</summary>
    /// <param name="values">The sample.</param>
    /// <param name="resamples">How many resampled means.</param>
    /// <param name="seed">The stream's seed (a cell's <see cref="StableSeed"/>).</param>
    /// <param name="parallel">Null: in parallel when the work is large enough.</param>
    internal static double[] Resample(double[] values, int resamples, ulong seed, bool? parallel = null)
    {
        var means = new double[resamples];
        var blocks = (resamples + BlockSize - 1) / BlockSize;
        if (!(parallel ?? (long)resamples * values.Length >= ParallelWork))
        {
            for (var b = 0; b < blocks; b++)
            {
                Block(values, means, b, seed);
            }
        }
        else
        {
            Parallel.For(0, blocks, b => Block(values, means, b, seed));
        }

        return means;
    }

    private static void Block(double[] values, double[] means, int block, ulong seed)
    {
        var state = seed + (ulong)block * 0xD1B54A32D192ED03UL;
        var random = new Xoshiro256(Xoshiro256.SplitMix(ref state));
        var n = (uint)values.Length;
        var end = Math.Min(means.Length, (block + 1) * BlockSize);
        for (var r = block * BlockSize; r < end; r++)
        {
            double sum = 0;
            var i = 0u;
            // Two indices per 64-bit draw (Lemire's multiply-shift on each half; bias ≤ n / 2³², nothing at these n).
            for (; i + 1 < n; i += 2)
            {
                var bits = random.Next();
                sum += values[(int)(((bits & 0xFFFFFFFFUL) * n) >> 32)];
                sum += values[(int)(((bits >> 32) * n) >> 32)];
            }

            if (i < n)
            {
                sum += values[(int)(((random.Next() >> 32) * n) >> 32)];
            }

            means[r] = sum / n;
        }
    }

    // The jackknife of a mean in O(n): θ_(i) = (S − x_i)/(n − 1), so U_i = (n − 1)(θ̄_(·) − θ_(i)) = x_i − x̄.
    private static double Acceleration(ReadOnlySpan<double> values, double mean)
    {
        double squares = 0, cubes = 0;
        foreach (var x in values)
        {
            var u = x - mean;
            squares += u * u;
            cubes += u * u * u;
        }

        return cubes / (6 * Math.Pow(squares, 1.5));
    }

    private static double Adjusted(double z0, double a, double z) => NormalDistribution.Cdf(z0 + (z0 + z) / (1 - a * (z0 + z)));

    // numpy.percentile's default (linear) on sorted values, q as a fraction.
    private static double Percentile(double[] sorted, double q)
    {
        if (double.IsNaN(q))
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * q;
        var low = (int)Math.Floor(h);
        if (low >= sorted.Length - 1)
        {
            return sorted[^1];
        }

        var t = h - low;
        return sorted[low] + t * (sorted[low + 1] - sorted[low]);
    }
}
