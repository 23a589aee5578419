using System.Diagnostics;
using System.Globalization;
using ValueAtlas.Bench.Generation;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;
using ValueAtlas.Generation.Chain;
using ValueAtlas.Generation.Filters;
using ValueAtlas.Generation.Prompts;

// A full-size Korean run (datasets/runs/korea.yaml's sizes) against the fake endpoint at a fixed latency, compared
// with the ideal bound measured from the same run's own call count: the longer of the critical path of dependent
// calls (topics → questions → options → translation → target paraphrases: 5 calls) and calls × latency / concurrency.
// Usage: dotnet run -c Release --project bench/Generation -- [--latency-ms 20] [--concurrency 16] [--topics 30]
var latency = TimeSpan.FromMilliseconds(Arg("--latency-ms", 20));
var concurrency = Arg("--concurrency", 16);
var topics = Arg("--topics", 30);
const int Questions = 5, Paraphrases = 4, CriticalPath = 5;

await using var server = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = latency });
server.Responder = new ScaledScript(topics, Questions, Paraphrases).Respond;
var model = new ModelConfig { Endpoint = server.OpenAIBase.ToString(), Model = "bench", MaxConcurrency = concurrency, MaxAttempts = 3, TimeoutSeconds = 60 };
using var gateway = LlmGateway.Create("model", model, new GatewayOptions());
var settings = new GenerationSettings([CountryRegistry.BuiltIn.Get("KR")], [Language.English], topics, topics, Questions, Paraphrases, new FilterOptions { Seed = 1 });

// Warm up (JIT, connections, template loading) on a one-topic run for another country, so it shares no prompt.
var warmup = settings with { Countries = [CountryRegistry.BuiltIn.Get("JP")], Controversial = 1, Uncontroversial = 0 };
await new GenerationChain(gateway, PromptLibrary.BuiltIn, warmup, TimeProvider.System).RunAsync(CancellationToken.None);
var warmupCalls = server.RequestCount;

var clock = Stopwatch.StartNew();
var output = await new GenerationChain(gateway, PromptLibrary.BuiltIn, settings, TimeProvider.System).RunAsync(CancellationToken.None);
var wall = clock.Elapsed.TotalSeconds;

var calls = server.RequestCount - warmupCalls;
var ideal = Math.Max(CriticalPath * latency.TotalSeconds, Math.Ceiling((double)calls / concurrency) * latency.TotalSeconds);
Console.WriteLine($"generation benchmark: KR, {topics}+{topics} topics × {Questions} questions × {Paraphrases} paraphrases, translated to en; latency {latency.TotalMilliseconds} ms, concurrency {concurrency}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"calls {calls}, items kept {output.Items.Kept.Count}, quarantined {output.Quarantine.Count}; wall {wall:0.000} s, ideal {ideal:0.000} s (critical path {CriticalPath * latency.TotalSeconds:0.000} s), ideal/wall {ScaledScript.Format(ideal / wall)} (goal 0.8)"));
return 0;

int Arg(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}
