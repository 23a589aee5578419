using System.Globalization;
using ValueAtlas.Bench.Gateway;

// Gateway throughput against the loopback fake at a fixed latency, beside two peers measured in the same run:
// the ideal bound (calls × latency / concurrency) and raw HttpClient posts to the same fake (the transport alone).
// Then cache hits, and the cache's own write cost.
// Usage: dotnet run -c Release --project bench/Gateway -- [--calls 10000] [--latency-ms 20] [--concurrency 1,16,64]
var calls = Arg("--calls", 10_000);
var latency = TimeSpan.FromMilliseconds(Arg("--latency-ms", 20));
var levels = (ArgText("--concurrency") ?? "1,16,64").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var dir = Directory.CreateTempSubdirectory("valueatlas-bench-");
var bench = new GatewayBench(calls, latency, dir.FullName, levels[^1]);

Console.WriteLine($"gateway benchmark: {calls} distinct calls per row, fake endpoint latency {latency.TotalMilliseconds} ms, {Environment.ProcessorCount} cores");
Console.WriteLine("each row has a fresh fake server in this process; cpu is the whole process (client + fake server)");
Console.WriteLine("concurrency  path       wall_s  ideal_s  ideal/wall  vs_raw  cpu_ms/call  calls/s");
foreach (var concurrency in levels)
{
    var raw = await bench.RawHttpAsync(concurrency);
    bench.Print(concurrency, "raw-http", raw, raw);
    bench.Print(concurrency, "no-cache", await bench.GatewayAsync(concurrency, cache: false), raw);
    bench.Print(concurrency, "gateway", await bench.GatewayAsync(concurrency, cache: true), raw);
}

Console.WriteLine(bench.CacheHitLine);
await bench.CacheWritesAsync();
dir.Delete(recursive: true);
return 0;

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
