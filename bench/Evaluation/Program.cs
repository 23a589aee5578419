using System.Globalization;
using ValueAtlas.Bench.Evaluation;

// Every imported ValueConsistency item asked in --orderings option orders through the real gateway and evaluator,
// against the loopback fake at a fixed latency: a first pass in a cold process (JIT tiering included), then on one
// endpoint at --concurrency, on two replicas sharing the same total (32 + 32), and the replicas' run again on its
// cache (all hits). Each row beside the ideal bound (queries × latency / concurrency); the goal is ideal/wall ≥ 0.85
// on the two warm endpoint rows.
// Usage: dotnet run -c Release --project bench/Evaluation -- [--latency-ms 20] [--concurrency 64] [--orderings 2] [--limit N]
var latency = TimeSpan.FromMilliseconds(Arg("--latency-ms", 20));
var concurrency = Arg("--concurrency", 64);
var orderings = Arg("--orderings", 2);
int? limit = Array.IndexOf(args, "--limit") >= 0 ? Arg("--limit", 0) : null;
var ct = CancellationToken.None;
var dir = Directory.CreateTempSubdirectory("valueatlas-bench-evaluation-");
var input = await BenchItems.ReadAsync(dir.FullName, orderings, limit, ct);
var bench = new EvaluationBench(latency, concurrency, dir.FullName);
var printer = new RowPrinter(latency, concurrency);

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"evaluation benchmark: {input.Probes.Probes.Count} mc items × {orderings} orderings, fake latency {latency.TotalMilliseconds} ms, concurrency {concurrency}, {Environment.ProcessorCount} cores{LoadAverage()}"));
Console.WriteLine("fake servers run in this process: cpu is the whole process (evaluator, gateway, SQLite cache, Kestrel, the fake)");
printer.Header();

// The first pass pays for tiered JIT and PGO (about twice the CPU per query); a long run pays it once, so the goal
// is judged on the warm rows after it. Each row has fresh servers and a fresh cache file.
foreach (var (name, servers, cache) in new[] { ("first pass", 1, "cold.sqlite"), ("one endpoint", 1, "one.sqlite"), ("two replicas", 2, "two.sqlite") })
{
    var started = await bench.StartServersAsync(servers, ct);
    printer.Print(await bench.MeasureAsync(name, input, started, cache, ct), judged: name != "first pass");
    if (servers == 2)
    {
        printer.Print(await bench.MeasureAsync("cache hits", input, started, cache, ct), judged: false);
    }

    foreach (var server in started)
    {
        await server.DisposeAsync();
    }
}

Console.WriteLine($"load average after: {LoadAverage()}");
dir.Delete(recursive: true);
return printer.AllChecksPassed ? 0 : 1;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

// Other work on the machine takes cores from the run; the 1-minute load average says how much.
static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? ", load average " + File.ReadAllText("/proc/loadavg").Split(' ')[0] : "";
