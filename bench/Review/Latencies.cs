using System.Collections.Concurrent;
using System.Globalization;

namespace ValueAtlas.Bench.Review;

/// <summary>Request latencies from many threads, summarised as percentiles.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentBag<double> _ms = [];

    public int Count => _ms.Count;

    public void Add(TimeSpan elapsed) => _ms.Add(elapsed.TotalMilliseconds);

    public double Percentile(double p)
    {
        var sorted = _ms.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public string Summary() => string.Create(CultureInfo.InvariantCulture, $"p50 {Percentile(0.50),7:0.0} ms  p99 {Percentile(0.99),7:0.0} ms  max {Percentile(1.0),7:0.0} ms");
}
