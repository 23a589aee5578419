using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Prompts;
using ValueAtlas.Evaluation.Run;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Bench.Evaluation;

/// <summary>
/// One <c>evaluate</c> run of an input against fake endpoints, through a real gateway (cache, concurrency limit,
/// retries, replicas) and the real evaluator, measured from the first probe to the finished result.
/// </summary>
internal sealed class EvaluationBench(TimeSpan latency, int concurrency, string folder)
{
    // Letter A with B and a spaced variant beside it, as a chat endpoint's top_logprobs send them.
    private static readonly FakeReply Answer = FakeReply.WithLogprobs("A", [[("A", -0.3), ("B", -1.4), (" A", -3.0)]]);

    private readonly EvaluationPrompts _prompts = EvaluationPrompts.Create(CountryRegistry.BuiltIn);

    public async Task<FakeLlmServer[]> StartServersAsync(int count, CancellationToken cancellationToken)
    {
        var servers = new FakeLlmServer[count];
        for (var i = 0; i < count; i++)
        {
            servers[i] = await FakeLlmServer.StartAsync(new FakeLlmOptions { Latency = latency }, cancellationToken);
            servers[i].Responder = _ => Answer;
        }

        return servers;
    }

    public async Task<RowResult> MeasureAsync(string name, EvaluationInput input, IReadOnlyList<FakeLlmServer> servers, string cacheFile, CancellationToken cancellationToken)
    {
        var sentBefore = servers.Select(s => s.RequestCount).ToArray();
        using var cache = ResponseCache.Open(Path.Combine(folder, cacheFile));
        using var gateway = LlmGateway.Create("bench", Config(servers), new GatewayOptions { Cache = cache });
        var model = new EvaluatedModel("bench", gateway.Client, PromptStyle.Chat, sampling: false, concurrency);
        var evaluator = new Evaluator(_prompts, new AnswerReading(), judge: null);

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await evaluator.RunAsync([model], [input], [], cancellationToken);
        var wall = clock.Elapsed;
        process.Refresh();

        return new RowResult(
            name,
            result.Answers.Count,
            wall,
            process.TotalProcessorTime - cpuBefore,
            process.PeakWorkingSet64,
            result.Summary.FailedQueries,
            result.Answers.Count(a => a.Error is not null || a.UncoveredMass is null),
            result.Summary.Models.Sum(m => m.CacheHits),
            [.. servers.Select((s, i) => s.RequestCount - sentBefore[i])]);
    }

    /// <summary>
    /// The peer: the same prompts, rendered before the clock starts, sent straight through the same gateway with the
    /// same options and their log-probabilities read, as many at once as the limit. What the evaluator adds is the rest.
    /// Without a cache file: what the response cache costs.
    /// </summary>
    public async Task<RowResult> GatewayAloneAsync(EvaluationInput input, IReadOnlyList<FakeLlmServer> servers, string? cacheFile, CancellationToken cancellationToken)
    {
        var messages = (await PromptsAsync(input, cancellationToken)).Select(p => new[] { new ChatMessage(ChatRole.User, p) }).ToList();

        var sentBefore = servers.Select(s => s.RequestCount).ToArray();
        using var cache = cacheFile is null ? null : ResponseCache.Open(Path.Combine(folder, cacheFile));
        using var gateway = LlmGateway.Create("bench", Config(servers), new GatewayOptions { Cache = cache });
        var reading = new AnswerReading();
        var withoutLogprobs = 0;

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(messages, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (m, ct) =>
        {
            var options = new ChatOptions { Temperature = 0, MaxOutputTokens = reading.ScanPositions }.WithTopLogprobs(reading.TopLogprobs);
            var response = await gateway.Client.GetResponseAsync(m, options, ct);
            if (response.GetLogprobs().Count == 0)
            {
                Interlocked.Increment(ref withoutLogprobs);
            }
        });
        var wall = clock.Elapsed;
        process.Refresh();
        return new RowResult(
            cache is null ? "  no cache" : "gateway alone", messages.Count, wall, process.TotalProcessorTime - cpuBefore, process.PeakWorkingSet64, 0, withoutLogprobs, 0,
            [.. servers.Select((s, i) => s.RequestCount - sentBefore[i])]);
    }

    /// <summary>
    /// The transport alone: the same prompts as chat requests posted with a plain <see cref="HttpClient"/> at the same
    /// concurrency, the body read and dropped. On a machine whose cores the fake server shares, this, not the ideal
    /// bound, is the most any client can reach.
    /// </summary>
    public async Task<RowResult> RawHttpAsync(EvaluationInput input, FakeLlmServer server, CancellationToken cancellationToken)
    {
        var bodies = (await PromptsAsync(input, cancellationToken))
            .Select(p => JsonSerializer.Serialize(new { model = "bench-model", temperature = 0, max_tokens = 5, logprobs = true, top_logprobs = 20, messages = new[] { new { role = "user", content = p } } }))
            .ToList();
        using var http = new HttpClient();
        var uri = new Uri(server.OpenAIBase + "/chat/completions");
        var sentBefore = server.RequestCount;
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(bodies, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken }, async (body, ct) =>
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(uri, content, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
        });
        var wall = clock.Elapsed;
        process.Refresh();
        return new RowResult("  raw http", bodies.Count, wall, process.TotalProcessorTime - cpuBefore, process.PeakWorkingSet64, 0, 0, 0, [server.RequestCount - sentBefore]);
    }

    private async Task<List<string>> PromptsAsync(EvaluationInput input, CancellationToken cancellationToken)
    {
        var prompts = new List<string>();
        foreach (var probe in input.Probes.Probes)
        {
            foreach (var order in Orderings.Shuffled(probe.ItemId, probe.Options.Count, input.Run.Orderings, input.Seed))
            {
                prompts.Add((await _prompts.RenderAsync(probe, [.. order.Select(i => probe.Options[i])], PromptStyle.Chat, cancellationToken)).User);
            }
        }

        return prompts;
    }

    // MaxConcurrency is the model's total: with two replicas the least-outstanding spread makes it 32 + 32.
    private ModelConfig Config(IReadOnlyList<FakeLlmServer> servers) => new()
    {
        Provider = ProviderNames.OpenAI,
        Endpoint = servers.Count == 1 ? servers[0].OpenAIBase.ToString() : "",
        Endpoints = servers.Count == 1 ? null : [.. servers.Select(s => s.OpenAIBase.ToString())],
        Model = "bench-model",
        MaxConcurrency = concurrency,
        MaxAttempts = 3,
        TimeoutSeconds = 30,
    };
}
