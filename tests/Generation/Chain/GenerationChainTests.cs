using System.Security.Cryptography;
using System.Text;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;
using ValueAtlas.Generation.Chain;
using ValueAtlas.Generation.Filters;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Chain;

public sealed class GenerationChainTests
{
    private static GenerationSettings Settings() => new(
        [CountryRegistry.BuiltIn.Get("KR")], [Language.English], Controversial: 2, Uncontroversial: 3, QuestionsPerTopic: 4, Paraphrases: 2, new FilterOptions { Seed = 7 });

    private static async Task<GenerationOutput> RunAsync(FakeLlmServer server, ResponseCache? cache = null)
    {
        var model = new ModelConfig { Endpoint = server.OpenAIBase.ToString(), Model = "exaone", MaxConcurrency = 8, MaxAttempts = 2, Price = new ModelPrice { InputPerMillion = 1, OutputPerMillion = 2 } };
        using var gateway = LlmGateway.Create("model", model, new GatewayOptions { Cache = cache, RetryBaseDelay = TimeSpan.FromMilliseconds(10) });
        return await new GenerationChain(gateway, PromptLibrary.BuiltIn, Settings(), TimeProvider.System).RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task WholeChain_ProducesKoreanItemsWithEnglishTranslations()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = GenerationScript.Respond;

        var output = await RunAsync(server);

        var kept = output.Items.Kept;
        var korean = kept.Where(i => i.Language.Code == "ko").ToList();
        var english = kept.Where(i => i.Language.Code == "en").ToList();
        Assert.NotEmpty(korean);
        Assert.NotEmpty(english);
        Assert.All(korean, i => Assert.Contains(i.Text, c => c is >= '\uAC00' and <= '\uD7A3'));
        Assert.All(kept, i => Assert.Equal([Stance.Supports, Stance.Opposes], i.Options.Select(o => o.Stance)));
        Assert.All(english, i => Assert.Equal("ko", i.SourceLanguage!.Code));
        Assert.All(english.Where(i => !i.IsParaphrase), i => Assert.Equal(["Yes", "No"], i.Options.Select(o => o.Text)));
        var generated = kept.Concat(output.Items.Dropped.Select(d => d.Question)).Select(i => i.Id).ToHashSet();
        Assert.True(kept.Where(i => i.OriginalId is not null).All(i => generated.Contains(i.OriginalId!)), "a form points at an original that was never generated");
        Assert.Equal(kept.Count, kept.Select(i => i.Id).Distinct().Count());

        // 4 topics with questions × (3 Korean originals with 2 paraphrases + 4 translations with 2 paraphrases); question 3 keeps no Korean forms.
        Assert.Equal(4 * ((3 * 3) + (4 * 3)), kept.Count);
    }

    [Fact]
    public async Task MalformedAnswers_AreRepairedOrQuarantinedWithReasons()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = GenerationScript.Respond;

        var output = await RunAsync(server);

        // Stance map and full-width fenced JSON were repaired: questions 1 and 2 have Korean originals.
        Assert.Contains(output.Items.Kept, i => i.Language.Code == "ko" && !i.IsParaphrase && i.Text.Contains("-1번", StringComparison.Ordinal));
        Assert.Contains(output.Items.Kept, i => i.Language.Code == "ko" && !i.IsParaphrase && i.Text.Contains("-2번", StringComparison.Ordinal));
        var wrongLanguage = output.Quarantine.Where(q => q.Step == PromptSteps.Paraphrases).ToList();
        Assert.Equal(4, wrongLanguage.Count);
        Assert.All(wrongLanguage, q => Assert.Contains("not in the language asked for (ko)", q.Reasons[0], StringComparison.Ordinal));
        var empty = Assert.Single(output.Quarantine, q => q.Step == PromptSteps.Questions);
        Assert.Equal("교육", empty.Subject);
        Assert.Contains("at least one question", empty.Reasons[0], StringComparison.Ordinal);
        Assert.Equal("{\"questions\": []}", empty.RawText);
        Assert.Equal(4, output.Items.CountsByReason[DropReason.TooFewForms]);
        Assert.Equal(["사형제"], output.TopicOverlaps);
    }

    [Fact]
    public async Task Provenance_CarriesTemplateAndTheHashOfThePromptSent()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = GenerationScript.Respond;

        var output = await RunAsync(server);

        var sent = server.Requests.Select(r => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(r.LastUserMessage!)))).ToHashSet();
        Assert.True(output.Items.Kept.All(i => sent.Contains(i.Provenance.PromptSha256!)), "a row's prompt hash matches no prompt the endpoint received");
        Assert.All(output.Items.Kept, i =>
        {
            Assert.Matches(@"^(questions|paraphrases|translation)\.(ko|en)@[0-9a-f]{12}$", i.Provenance.PromptTemplateId!);
            Assert.Equal("exaone", i.Provenance.Model);
            Assert.True(i.Provenance.InputTokens > 0);
            Assert.True(i.Provenance.Cost > 0);
        });
    }

    [Fact]
    public async Task StepStats_CountCallsAndQuarantine()
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = GenerationScript.Respond;

        var output = await RunAsync(server);

        Assert.Equal(2, output.Steps[PromptSteps.Topics].Calls);
        Assert.Equal(5, output.Steps[PromptSteps.Questions].Calls);
        Assert.Equal(1, output.Steps[PromptSteps.Questions].Quarantined);
        Assert.Equal(16, output.Steps[PromptSteps.Options].Calls);
        Assert.Equal(16, output.Steps[PromptSteps.Translation].Calls);
        Assert.Equal(16, output.Steps["paraphrases.translated"].Calls);
        Assert.Equal(server.RequestCount, output.Steps.Values.Sum(s => s.Asks));
    }

    [Fact]
    public async Task RerunWithTheCache_CallsNothingAndGivesTheSameRows()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        server.Responder = GenerationScript.Respond;
        using var cache = ResponseCache.Open(dir.File("cache.sqlite"));

        var first = await RunAsync(server, cache);
        var requests = server.RequestCount;
        var second = await RunAsync(server, cache);

        Assert.Equal(requests, server.RequestCount);
        Assert.Equal(first.Items.Kept.Select(i => i.Id), second.Items.Kept.Select(i => i.Id));
        Assert.Equal(first.Items.Kept.Select(i => i.Provenance.CreatedAt), second.Items.Kept.Select(i => i.Provenance.CreatedAt));
        Assert.Equal(first.Items.Kept.Select(i => i.Provenance.Cost), second.Items.Kept.Select(i => i.Provenance.Cost));
        Assert.All(second.Steps.Values, s => Assert.Equal(s.Calls, s.CacheHits));
    }
}
