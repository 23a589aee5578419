using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

// Gateway throughput against the loopback fake at a fixed latency, compared with the ideal bound
// calls × latency / concurrency measured in the same run; then cache-hit throughput.
// Usage: dotnet run -c Release --project bench/Gateway -- [--calls 10000] [--latency-ms 20] [--concurrency 1,16,64]
var calls = Arg("--calls", 10_000);
var latencyMs = Arg("--latency-ms", 20);
var levels = (ArgText("--concurrency") ?? "1,16,64").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var latency = TimeSpan.FromMilliseconds(latencyMs);

await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = latency });
var dir = Directory.CreateTempSubdirectory("valueatlas-bench-");
Console.WriteLine($"gateway benchmark: {calls} distinct calls, fake endpoint latency {latencyMs} ms, cache on (every call a miss + write)");
Console.WriteLine("concurrency  wall_s  ideal_s  ideal/wall  cpu_ms/call  calls/s");
string? cachePath = null;
foreach (var concurrency in levels)
{
    cachePath = Path.Combine(dir.FullName, $"cache-{concurrency}.sqlite");
    using var cache = ResponseCache.Open(cachePath);
    using var gateway = Gateway(server, concurrency, cache);
    await Run(gateway, 64, Math.Min(200, calls), "warmup-" + concurrency);
    var (wall, cpu) = await Run(gateway, concurrency, calls, "c" + concurrency);
    var ideal = calls * latency.TotalSeconds / concurrency;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{concurrency,11}  {wall.TotalSeconds,6:0.00}  {ideal,7:0.00}  {ideal / wall.TotalSeconds,10:0.000}  {cpu.TotalMilliseconds / calls,11:0.000}  {calls / wall.TotalSeconds,7:0}"));
}

// Cache hits: the same prompts again through a fresh gateway on the last cache file; the network is never touched.
using (var cache = ResponseCache.Open(cachePath!))
using (var gateway = Gateway(server, 64, cache))
{
    var before = server.RequestCount;
    var (wall, cpu) = await Run(gateway, 64, calls, "c" + levels[^1]);
    var sent = server.RequestCount - before;
    var rate = calls / wall.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"cache hits: {calls} calls in {wall.TotalSeconds:0.000} s = {rate:0} calls/s (goal 20000/s, ratio {rate / 20000:0.00}), cpu {cpu.TotalMilliseconds * 1000 / calls:0.0} µs/call, requests sent {sent}"));
}

dir.Delete(recursive: true);
return 0;

static LlmGateway Gateway(FakeLlmServer server, int concurrency, ResponseCache cache) => LlmGateway.Create(
    "bench",
    new ModelConfig { Endpoint = server.OpenAIBase.ToString(), Model = "bench-model", MaxConcurrency = concurrency, MaxAttempts = 3, TimeoutSeconds = 30 },
    new GatewayOptions { Cache = cache });

static async Task<(TimeSpan Wall, TimeSpan Cpu)> Run(LlmGateway gateway, int concurrency, int count, string prefix)
{
    var process = Process.GetCurrentProcess();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, ct) =>
        await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"{prefix} question {i}: 동의합니까?")], new ChatOptions { Temperature = 0 }, ct));
    var wall = clock.Elapsed;
    process.Refresh();
    return (wall, process.TotalProcessorTime - cpuBefore);
}

int Arg(string name, int fallback) => ArgText(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? ArgText(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
