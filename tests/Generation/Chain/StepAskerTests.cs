using System.Text.Json;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;
using ValueAtlas.Generation.Chain;
using ValueAtlas.Generation.Filters;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Tests.Chain;

public sealed class StepAskerTests
{
    private const string Name = "동성 <결혼> & \"입양\"";
    private const string Description = "법 & 제도: 'a < b' 인가 \"a > b\" 인가";

    [Fact]
    public async Task Answer_with_markup_and_quotes_reaches_the_next_prompt_unchanged()
    {
        await using var server = await FakeLlmServer.StartAsync();
        var topics = JsonSerializer.Serialize(new { topics = new[] { new { name = Name, name_en = "Same-sex marriage", description = Description, description_en = "Law" } } });
        server.Responder = r => r.Json?["response_format"]?["json_schema"]?["name"]?.GetValue<string>() == "topics" ? FakeReply.Text(topics) : GenerationScript.Respond(r);
        var model = new ModelConfig { Endpoint = server.OpenAIBase.ToString(), Model = "exaone", MaxConcurrency = 4, MaxAttempts = 1 };
        using var gateway = LlmGateway.Create("model", model, new GatewayOptions());
        var settings = new GenerationSettings(
            [CountryRegistry.BuiltIn.Get("KR")], [], Controversial: 1, Uncontroversial: 0, QuestionsPerTopic: 1, Paraphrases: 1, new FilterOptions { Seed = 1 });

        await new GenerationChain(gateway, PromptLibrary.BuiltIn, settings, TimeProvider.System).RunAsync(CancellationToken.None);

        var questions = Assert.Single(server.Requests, r => r.Json?["response_format"]?["json_schema"]?["name"]?.GetValue<string>() == "questions");
        Assert.Contains($"주제: {Name}\n주제 설명: {Description}\n", questions.LastUserMessage, StringComparison.Ordinal);
    }
}
