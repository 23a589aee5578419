using System.Globalization;

namespace ValueAtlas.Bench.Evaluation;

/// <summary>Prints each row beside the ideal bound and checks what a fast run could hide: failures, missing distributions, an uneven spread.</summary>
internal sealed class RowPrinter(TimeSpan latency, int concurrency)
{
    private const double Goal = 0.85;

    public bool AllChecksPassed { get; private set; } = true;

    public void Header() =>
        Console.WriteLine("row              queries  wall_s  ideal_s  ideal/wall  queries/s  cpu_ms/query  peak_MB  requests sent (per server)");

    public void Print(RowResult row, bool judged)
    {
        var ideal = row.Queries * latency.TotalSeconds / concurrency;
        var sent = row.RequestsPerServer.Sum();
        var hitsRow = sent == 0;
        var ratio = hitsRow ? "-" : string.Create(CultureInfo.InvariantCulture, $"{ideal / row.Wall.TotalSeconds:0.000}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{row.Name,-15}  {row.Queries,7}  {row.Wall.TotalSeconds,6:0.00}  {ideal,7:0.00}  {ratio,10}  {row.Queries / row.Wall.TotalSeconds,9:0}  {row.Cpu.TotalMilliseconds / row.Queries,12:0.000}  {row.PeakWorkingSet / 1e6,7:0}  {sent} ({string.Join(" + ", row.RequestsPerServer)})"));

        Check(row.Failed == 0 && row.WithoutDistribution == 0, $"{row.Failed} failed queries, {row.WithoutDistribution} without a distribution");
        if (hitsRow)
        {
            Check(row.CacheHits == row.Queries, $"{row.CacheHits} cache hits of {row.Queries} queries");
            return;
        }

        Check(sent == row.Queries, $"{sent} requests for {row.Queries} queries");
        if (row.RequestsPerServer.Count > 1)
        {
            var share = row.RequestsPerServer.Min() / (double)sent;
            Check(share >= 0.45, string.Create(CultureInfo.InvariantCulture, $"the smaller replica got {share:P1} of the requests"));
        }

        if (judged)
        {
            var met = ideal / row.Wall.TotalSeconds >= Goal;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(met ? "goal met" : "BELOW GOAL")}: ideal/wall {ideal / row.Wall.TotalSeconds:0.000}, goal ≥ {Goal}"));
        }
    }

    private void Check(bool ok, string what)
    {
        Console.WriteLine($"  {(ok ? "ok" : "FAILED")}: {what}");
        AllChecksPassed &= ok;
    }
}
