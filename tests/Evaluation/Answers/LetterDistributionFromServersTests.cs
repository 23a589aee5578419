using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Answers;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Evaluation.Tests.Answers;

/// <summary>From a server's exact body, through the gateway, to the letter distribution the evaluation records.</summary>
public sealed class LetterDistributionFromServersTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "Answer with the letter only.\nA. Agree\nB. Disagree")];

    [Fact]
    public async Task VllmChat_MarkupThenLetters_ReadsPositionOne()
    {
        // Position 0 is "**" (listed twice: sampled first, then in the top-N); the letters come at position 1,
        // where the sampled " B" repeats too and a token outside the vocabulary's reach is -9999.0.
        const string body = """
            {"id":"chatcmpl-v","object":"chat.completion","created":1718000000,"model":"m",
             "choices":[{"index":0,"message":{"role":"assistant","content":"** B"},
               "logprobs":{"content":[
                 {"token":"**","logprob":-0.05,"bytes":[42,42],
                  "top_logprobs":[{"token":"**","logprob":-0.05,"bytes":[42,42]},{"token":"**","logprob":-0.05,"bytes":[42,42]},{"token":"\n","logprob":-3.2,"bytes":[10]}]},
                 {"token":" B","logprob":-0.9162907318741551,"bytes":[32,66],
                  "top_logprobs":[{"token":" B","logprob":-0.9162907318741551,"bytes":[32,66]},{"token":" A","logprob":-0.6931471805599453,"bytes":[32,65]},
                                  {"token":" B","logprob":-0.9162907318741551,"bytes":[32,66]},{"token":"B","logprob":-4.605170185988091,"bytes":[66]},
                                  {"token":"<|eot_id|>","logprob":-9999.0,"bytes":[]}]}]},
               "finish_reason":"length","stop_reason":null}],
             "usage":{"prompt_tokens":25,"total_tokens":27,"completion_tokens":2}}
            """;

        var positions = await LogprobsAsync(body, ProviderNames.OpenAI);
        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 5);

        // A 0.5; B 0.4 + 0.01; the rest (0.09) is uncovered.
        Assert.Equal(1, result.Position);
        Assert.Equal(0.5 / 0.91, result.Probabilities[0], 1e-6);
        Assert.Equal(0.41 / 0.91, result.Probabilities[1], 1e-6);
        Assert.Equal(0.09, result.UncoveredMass, 1e-6);
    }

    [Fact]
    public async Task LlamaCppCompletions_ChatShape_ReadsTheLetters()
    {
        const string body = """
            {"choices":[{"text":" A","index":0,"finish_reason":"length",
               "logprobs":{"content":[{"id":362,"token":" A","bytes":[32,65],"logprob":-0.35667494393873245,
                 "top_logprobs":[{"id":362,"token":" A","bytes":[32,65],"logprob":-0.35667494393873245},
                                 {"id":426,"token":" B","bytes":[32,66],"logprob":-1.2039728043259361},
                                 {"id":0,"token":"!","bytes":[33],"logprob":-3.4028234663852886e+38}]}]}}],
             "created":1718000000,"model":"m","object":"text_completion","usage":{"completion_tokens":1,"prompt_tokens":30,"total_tokens":31},"id":"x"}
            """;

        var positions = await LogprobsAsync(body, ProviderNames.OpenAICompletions);
        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 5);

        Assert.Equal(0, result.Position);
        Assert.Equal(0.7 / 1.0, result.Probabilities[0], 1e-6);
        Assert.Equal(0.3, result.Probabilities[1], 1e-6);
        Assert.Equal(0, result.UncoveredMass, 1e-6);
    }

    [Fact]
    public async Task OpenAILegacyCompletions_SpacedLetters_AreFolded()
    {
        const string body = """
            {"id":"cmpl-7","object":"text_completion","created":1718000000,"model":"m",
             "choices":[{"text":" B","index":0,"finish_reason":"length",
               "logprobs":{"tokens":[" B"],"token_logprobs":[-0.6931471805599453],
                 "top_logprobs":[{" B":-0.6931471805599453," A":-1.6094379124341003,"B":-2.995732273553991,"\n":-2.995732273553991}],"text_offset":[40]}}],
             "usage":{"prompt_tokens":40,"completion_tokens":1,"total_tokens":41}}
            """;

        var positions = await LogprobsAsync(body, ProviderNames.OpenAICompletions);
        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 5);

        // A 0.2; B 0.5 + 0.05; "\n" 0.05 and the unlisted 0.2 uncovered.
        Assert.Equal(0.2 / 0.75, result.Probabilities[0], 1e-6);
        Assert.Equal(0.55 / 0.75, result.Probabilities[1], 1e-6);
        Assert.Equal(0.25, result.UncoveredMass, 1e-6);
    }

    [Fact]
    public async Task NullLogprobs_GiveNoPositions_SoTheAnswerIsReadFromItsText()
    {
        const string body = """
            {"id":"chatcmpl-lms","object":"chat.completion","created":1718000000,"model":"m",
             "choices":[{"index":0,"logprobs":null,"finish_reason":"stop","message":{"role":"assistant","content":"B"}}],
             "usage":{"prompt_tokens":25,"completion_tokens":1,"total_tokens":26}}
            """;

        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Json(body));
        using var gateway = Gateway(server, ProviderNames.OpenAI);
        var response = await gateway.Client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 5 }.WithTopLogprobs(20));

        Assert.True(LetterDistribution.FromLogprobs(response.GetLogprobs(), optionCount: 2, scanPositions: 5).NoOptionMass);
        Assert.Equal(1, LetterDistribution.ParseLetter(response.Text, 2));
    }

    private static async Task<IReadOnlyList<TokenPosition>> LogprobsAsync(string body, string provider)
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Json(body));
        using var gateway = Gateway(server, provider);
        var response = await gateway.Client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 5 }.WithTopLogprobs(20));
        return response.GetLogprobs();
    }

    private static LlmGateway Gateway(FakeLlmServer server, string provider) =>
        LlmGateway.Create("test", new ModelConfig { Provider = provider, Endpoint = server.OpenAIBase.ToString(), Model = "m", MaxAttempts = 1 }, new GatewayOptions());
}
