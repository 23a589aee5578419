using System.Globalization;
using ValueAtlas.Bench.Evaluation;

// Every imported ValueConsistency item asked in --orderings option orders through the real gateway and evaluator,
// against the loopback fake at a fixed latency: on one endpoint at --concurrency and on two replicas sharing the same
// total (32 + 32), in --rounds rounds, then the last replicas' run again on its cache (all hits). Each row beside the
// ideal bound (queries × latency / concurrency); the goal is ideal/wall ≥ 0.85 on the last round's two rows.
// Usage: dotnet run -c Release --project bench/Evaluation -- [--latency-ms 20] [--concurrency 64] [--orderings 2] [--limit N] [--rounds 3]
// The metrics against the Python reference instead: ... -- metrics [--resamples 9999] [--similarity-reference-resamples N] [--seed 0] [--no-reference]
if (args.Length > 0 && args[0] == "metrics")
{
    return await MetricsBench.RunAsync(args, CancellationToken.None);
}

var latency = TimeSpan.FromMilliseconds(Arg("--latency-ms", 20));
var concurrency = Arg("--concurrency", 64);
var orderings = Arg("--orderings", 2);
var rounds = Arg("--rounds", 3);
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

// Tiered JIT with PGO takes about two passes over the input to settle (the first costs about twice the CPU per query
// of the third), and a real run of hours pays it once, so the rows are repeated --rounds times and the goal is
// judged on the last round, beside the peer: the same prompts sent straight through the gateway with no evaluator
// (how much of the gap is the evaluator's). Each row has fresh servers and a fresh cache file.
for (var round = 1; round <= rounds; round++)
{
    var judged = round == rounds;
    foreach (var servers in new[] { 1, 2 })
    {
        var name = $"{(servers == 1 ? "one endpoint" : "two replicas")} #{round}";
        var started = await bench.StartServersAsync(servers, ct);
        var cache = $"cache-{servers}-{round}.sqlite";
        var measured = await bench.MeasureAsync(name, input, started, cache, ct);
        printer.Print(measured, judged);
        if (servers == 1 && judged)
        {
            await using var peer = (await bench.StartServersAsync(1, ct))[0];
            printer.Print(await bench.GatewayAloneAsync(input, [peer], "peer.sqlite", ct), judged: true);
            printer.Print(await bench.GatewayAloneAsync(input, [peer], cacheFile: null, ct), judged: false);
            var raw = await bench.RawHttpAsync(input, peer, ct);
            printer.Print(raw, judged: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  one endpoint / raw http: {raw.Wall.TotalSeconds / measured.Wall.TotalSeconds:0.000} (the evaluator with gateway and cache against the transport alone on this machine)"));
        }

        if (servers == 2 && judged)
        {
            printer.Print(await bench.MeasureAsync("cache hits", input, started, cache, ct), judged: false);
        }

        foreach (var server in started)
        {
            await server.DisposeAsync();
        }
    }
}

Console.WriteLine($"after the run{LoadAverage()}");
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
