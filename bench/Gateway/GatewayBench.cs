using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Bench.Gateway;

internal sealed class GatewayBench(int calls, TimeSpan latency, string folder, int hitConcurrency)
{
    private const int WarmupCalls = 300;

    public string CacheHitLine { get; private set; } = "";

    public async Task<Measurement> RawHttpAsync(int concurrency)
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = latency });
        using var http = new HttpClient();
        var uri = new Uri(server.OpenAIBase + "/chat/completions");
        async ValueTask Post(int i, CancellationToken ct)
        {
            var body = $"{{\"model\":\"bench-model\",\"temperature\":0,\"messages\":[{{\"role\":\"user\",\"content\":\"raw {concurrency} question {i}\"}}]}}";
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(uri, content, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
        }

        await Measure(64, WarmupCalls, (i, ct) => Post(-1 - i, ct));
        return await Measure(concurrency, calls, Post);
    }

    public async Task<Measurement> GatewayAsync(int concurrency, bool cache)
    {
        await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = latency });
        var path = Path.Combine(folder, $"cache-{concurrency}-{cache}.sqlite");
        using var responses = cache ? ResponseCache.Open(path) : null;
        using var gateway = Create(server, concurrency, responses);
        var prefix = $"c{concurrency}-{cache}";
        await Measure(64, WarmupCalls, (i, ct) => Ask(gateway, "warmup-" + prefix, i, ct));
        var result = await Measure(concurrency, calls, (i, ct) => Ask(gateway, prefix, i, ct));
        if (cache && concurrency == hitConcurrency)
        {
            await CacheHitsAsync(server, path, prefix, concurrency);
        }

        return result;
    }

    /// <summary>The same prompts again through a fresh gateway on the same file and endpoint: every call a hit.</summary>
    private async Task CacheHitsAsync(FakeLlmServer server, string path, string prefix, int concurrency)
    {
        var sentBefore = server.RequestCount;
        using var responses = ResponseCache.Open(path);
        using var gateway = Create(server, concurrency, responses);
        var result = await Measure(concurrency, calls, (i, ct) => Ask(gateway, prefix, i, ct));
        var rate = calls / result.Wall.TotalSeconds;
        CacheHitLine = string.Create(CultureInfo.InvariantCulture,
            $"cache hits at {concurrency}: {calls} calls in {result.Wall.TotalSeconds:0.000} s = {rate:0} calls/s (goal 20000/s, ratio {rate / 20000:0.00}), cpu {result.Cpu.TotalMilliseconds * 1000 / calls:0.0} µs/call, requests sent {server.RequestCount - sentBefore}");
    }

    /// <summary>One thread writing answers: the floor every cache miss pays before its caller sees the answer.</summary>
    public async Task CacheWritesAsync()
    {
        using var responses = ResponseCache.Open(Path.Combine(folder, "writes.sqlite"));
        var answer = new CachedAnswer { Text = "echo: 질문 — 동의합니까?", InputTokens = 12, OutputTokens = 6 };
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await responses.PutAsync($"{i:D12}-0123456789abcdef0123456789abcdef0123456789abcdef0123", "bench-model", answer, CancellationToken.None);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cache writes: {calls} in {clock.Elapsed.TotalSeconds:0.000} s = {clock.Elapsed.TotalMilliseconds * 1000 / calls:0.0} µs/write"));
    }

    public void Print(int concurrency, string path, Measurement m, Measurement raw)
    {
        var ideal = calls * latency.TotalSeconds / concurrency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{concurrency,11}  {path,-9}  {m.Wall.TotalSeconds,6:0.00}  {ideal,7:0.00}  {ideal / m.Wall.TotalSeconds,10:0.000}  {raw.Wall.TotalSeconds / m.Wall.TotalSeconds,6:0.000}  {m.Cpu.TotalMilliseconds / calls,11:0.000}  {calls / m.Wall.TotalSeconds,7:0}"));
    }

    private static LlmGateway Create(FakeLlmServer server, int concurrency, ResponseCache? cache) => LlmGateway.Create(
        "bench",
        new ModelConfig { Endpoint = server.OpenAIBase.ToString(), Model = "bench-model", MaxConcurrency = concurrency, MaxAttempts = 3, TimeoutSeconds = 30 },
        new GatewayOptions { Cache = cache });

    private static async ValueTask Ask(LlmGateway gateway, string prefix, int i, CancellationToken ct) =>
        await gateway.Client.GetResponseAsync([new ChatMessage(ChatRole.User, $"{prefix} question {i}: 동의합니까?")], new ChatOptions { Temperature = 0 }, ct);

    private static async Task<Measurement> Measure(int concurrency, int count, Func<int, CancellationToken, ValueTask> call)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, call);
        var wall = clock.Elapsed;
        process.Refresh();
        return new Measurement(wall, process.TotalProcessorTime - cpuBefore);
    }
}
