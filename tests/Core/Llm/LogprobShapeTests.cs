using Microsoft.Extensions.AI;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Llm;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Core.Tests.Llm;

/// <summary>
/// Log-probabilities in the exact bodies each server sends (field names, extras, missing fields, sentinels), read
/// through the whole gateway: what the evaluation stage gets is positions in one shape, alternatives most likely first.
/// </summary>
public sealed class LogprobShapeTests
{
    private static readonly ChatMessage[] Question = [new(ChatRole.User, "Answer with the letter only. A or B?")];

    [Fact]
    public async Task OpenAIChat_NullBytes_AreRead()
    {
        const string body = """
            {"id":"chatcmpl-9x","object":"chat.completion","created":1718000000,"model":"gpt-4-turbo-2024-04-09",
             "choices":[{"index":0,"message":{"role":"assistant","content":"A","refusal":null},
               "logprobs":{"content":[{"token":"A","logprob":-0.2,"bytes":[65],
                 "top_logprobs":[{"token":"A","logprob":-0.2,"bytes":[65]},{"token":"B","logprob":-1.9,"bytes":[66]},
                                 {"token":"\u00e2\u0080","logprob":-7.5,"bytes":null},{"token":" A","logprob":-8.25,"bytes":[32,65]}]}],
                 "refusal":null},
               "finish_reason":"length"}],
             "usage":{"prompt_tokens":20,"completion_tokens":1,"total_tokens":21},"system_fingerprint":"fp_1"}
            """;

        var positions = await ChatLogprobsAsync(body);

        var position = Assert.Single(positions);
        Assert.Equal(("A", -0.2), (position.Token, position.Logprob));
        Assert.Equal([("A", -0.2), ("B", -1.9), ("\u00e2\u0080", -7.5), (" A", -8.25)], Pairs(position));
    }

    [Fact]
    public async Task OpenAILegacyCompletions_NPlusOneEntries_AreKeptAndSorted()
    {
        // logprobs: 5 gives up to 6 keys: the sampled token is always added, here " (" outside the top 5.
        const string body = """
            {"id":"cmpl-7","object":"text_completion","created":1718000000,"model":"gpt-3.5-turbo-instruct",
             "choices":[{"text":" (","index":0,"finish_reason":"length",
               "logprobs":{"tokens":[" ("],"token_logprobs":[-4.1],
                 "top_logprobs":[{" B":-1.3," A":-0.4,"A":-3.0," C":-3.5,"\n":-3.9," (":-4.1}],"text_offset":[30]}}],
             "usage":{"prompt_tokens":30,"completion_tokens":1,"total_tokens":31}}
            """;

        var positions = await CompletionsLogprobsAsync(body);

        var position = Assert.Single(positions);
        Assert.Equal((" (", -4.1), (position.Token, position.Logprob));
        Assert.Equal([(" A", -0.4), (" B", -1.3), ("A", -3.0), (" C", -3.5), ("\n", -3.9), (" (", -4.1)], Pairs(position));
    }

    [Fact]
    public async Task VllmChat_SampledTokenFirstAndMinus9999_AreSortedAndKept()
    {
        // vLLM lists the sampled token first (here sampled at temperature 1, not the likeliest), then top-1..N,
        // so the sampled token appears twice; a -inf becomes -9999.0.
        const string body = """
            {"id":"chatcmpl-b1","object":"chat.completion","created":1718000000,"model":"meta-llama/Meta-Llama-3-8B-Instruct",
             "choices":[{"index":0,"message":{"role":"assistant","content":"B","tool_calls":[],"reasoning_content":null},
               "logprobs":{"content":[{"token":"B","logprob":-1.6,"bytes":[66],
                 "top_logprobs":[{"token":"B","logprob":-1.6,"bytes":[66]},{"token":"A","logprob":-0.3,"bytes":[65]},
                                 {"token":"B","logprob":-1.6,"bytes":[66]},{"token":"<|eot_id|>","logprob":-9999.0,"bytes":[]}]}]},
               "finish_reason":"length","stop_reason":null}],
             "usage":{"prompt_tokens":25,"total_tokens":26,"completion_tokens":1,"prompt_tokens_details":null},
             "prompt_logprobs":null,"kv_transfer_params":null}
            """;

        var positions = await ChatLogprobsAsync(body);

        var position = Assert.Single(positions);
        Assert.Equal(("B", -1.6), (position.Token, position.Logprob));
        Assert.Equal([("A", -0.3), ("B", -1.6), ("B", -1.6), ("<|eot_id|>", -9999.0)], Pairs(position));
    }

    [Fact]
    public async Task LlamaCppChat_ExtraIdAndFloatLowest_AreRead()
    {
        // llama.cpp adds a token id to every entry and writes a zero probability as the lowest float, not -inf.
        const string body = """
            {"choices":[{"finish_reason":"length","index":0,"message":{"role":"assistant","content":" A"},
               "logprobs":{"content":[{"id":362,"token":" A","bytes":[32,65],"logprob":-0.105,
                 "top_logprobs":[{"id":362,"token":" A","bytes":[32,65],"logprob":-0.105},
                                 {"id":426,"token":" B","bytes":[32,66],"logprob":-2.303},
                                 {"id":0,"token":"!","bytes":[33],"logprob":-3.4028234663852886e+38}]}]}}],
             "created":1718000000,"model":"llama-3-8b-instruct-q4_k_m.gguf","system_fingerprint":"b4380-abc","object":"chat.completion",
             "usage":{"completion_tokens":1,"prompt_tokens":25,"total_tokens":26},"id":"chatcmpl-Zx",
             "timings":{"prompt_n":25,"prompt_ms":12.5,"predicted_n":1,"predicted_ms":20.1}}
            """;

        var positions = await ChatLogprobsAsync(body);

        var position = Assert.Single(positions);
        Assert.Equal(" A", position.Token);
        Assert.Equal([" A", " B", "!"], position.Top.Select(t => t.Token));
        Assert.Equal(-2.303, position.Top[1].Logprob);
        Assert.True(position.Top[2].Logprob <= -1e30, $"float lowest came back as {position.Top[2].Logprob}");
    }

    [Fact]
    public async Task LlamaCppCompletions_ChatShapedLogprobs_AreRead()
    {
        // llama-server's /v1/completions answers with the chat shape (logprobs.content[]), not the legacy arrays.
        const string body = """
            {"choices":[{"text":" B.","index":0,"finish_reason":"length",
               "logprobs":{"content":[
                 {"id":426,"token":" B","bytes":[32,66],"logprob":-0.51,
                  "top_logprobs":[{"id":362,"token":" A","bytes":[32,65],"logprob":-0.92},{"id":426,"token":" B","bytes":[32,66],"logprob":-0.51}]},
                 {"id":13,"token":".","bytes":[46],"logprob":-0.01,
                  "top_logprobs":[{"id":13,"token":".","bytes":[46],"logprob":-0.01},{"id":0,"token":"!","bytes":[33],"logprob":-3.4028234663852886e+38}]}]}}],
             "created":1718000000,"model":"llama-3-8b-q4_k_m.gguf","system_fingerprint":"b4380-abc","object":"text_completion",
             "usage":{"completion_tokens":2,"prompt_tokens":30,"total_tokens":32},"id":"chatcmpl-Qp"}
            """;

        var positions = await CompletionsLogprobsAsync(body);

        Assert.Equal(2, positions.Count);
        Assert.Equal((" B", -0.51), (positions[0].Token, positions[0].Logprob));
        Assert.Equal([(" B", -0.51), (" A", -0.92)], Pairs(positions[0]));
        Assert.Equal((".", -0.01), (positions[1].Token, positions[1].Logprob));
        Assert.Equal(-3.4028234663852886e+38, positions[1].Top[1].Logprob);
    }

    [Fact]
    public async Task OllamaChat_WithoutIds_IsRead()
    {
        const string body = """
            {"id":"chatcmpl-412","object":"chat.completion","created":1718000000,"model":"exaone3.5:32b","system_fingerprint":"fp_ollama",
             "choices":[{"index":0,"message":{"role":"assistant","content":"A"},"finish_reason":"length",
               "logprobs":{"content":[{"token":"A","logprob":-0.04,"bytes":[65],
                 "top_logprobs":[{"token":"A","logprob":-0.04,"bytes":[65]},{"token":"B","logprob":-3.3,"bytes":[66]}]}]}}],
             "usage":{"prompt_tokens":40,"completion_tokens":1,"total_tokens":41}}
            """;

        var positions = await ChatLogprobsAsync(body);

        var position = Assert.Single(positions);
        Assert.Equal([("A", -0.04), ("B", -3.3)], Pairs(position));
    }

    [Fact]
    public async Task TgiChat_WithoutBytes_IsRead()
    {
        const string body = """
            {"object":"chat.completion","id":"","created":1718000000,"model":"meta-llama/Meta-Llama-3-8B-Instruct",
             "system_fingerprint":"2.4.0-sha-0ff6ff6",
             "choices":[{"index":0,"message":{"role":"assistant","content":"B"},
               "logprobs":{"content":[{"token":"B","logprob":-0.7,
                 "top_logprobs":[{"token":"A","logprob":-0.9},{"token":"B","logprob":-0.7}]}]},"finish_reason":"length"}],
             "usage":{"prompt_tokens":25,"completion_tokens":1,"total_tokens":26}}
            """;

        var positions = await ChatLogprobsAsync(body);

        var position = Assert.Single(positions);
        Assert.Equal(("B", -0.7), (position.Token, position.Logprob));
        Assert.Equal([("B", -0.7), ("A", -0.9)], Pairs(position));
    }

    [Fact]
    public async Task TgiCompletions_BareFloatList_GivesNoPositionsButTheText()
    {
        // A bare list names neither the tokens nor any alternative: nothing to read a letter from, so none.
        const string body = """
            {"id":"","object":"text_completion","created":1718000000,"model":"meta-llama/Meta-Llama-3-8B","system_fingerprint":"2.4.0-sha-0ff6ff6",
             "choices":[{"index":0,"text":" A","logprobs":[-0.12],"finish_reason":"length"}],
             "usage":{"prompt_tokens":30,"completion_tokens":1,"total_tokens":31}}
            """;

        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Json(body));
        using var gateway = TestGateways.Create(server, provider: ProviderNames.OpenAICompletions);

        var response = await gateway.Client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 1 }.WithTopLogprobs(5));

        Assert.Equal(" A", response.Text);
        Assert.Empty(response.GetLogprobs());
    }

    [Fact]
    public async Task ChatWithNullLogprobs_LikeLmStudio_GivesNoPositions()
    {
        // LM Studio accepts logprobs and answers without them; the evaluation then takes the sampling path.
        const string body = """
            {"id":"chatcmpl-lms","object":"chat.completion","created":1718000000,"model":"qwen2.5-7b-instruct",
             "choices":[{"index":0,"logprobs":null,"finish_reason":"stop","message":{"role":"assistant","content":"B"}}],
             "usage":{"prompt_tokens":25,"completion_tokens":1,"total_tokens":26},"stats":{},"system_fingerprint":"qwen2.5-7b-instruct"}
            """;

        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Json(body));
        using var gateway = TestGateways.Create(server);

        var response = await gateway.Client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 1 }.WithTopLogprobs(20));

        Assert.Equal("B", response.Text);
        Assert.Empty(response.GetLogprobs());
    }

    [Fact]
    public async Task ChatWithNullContent_LikeAReasoningModel_GivesNoPositions()
    {
        const string body = """
            {"id":"chatcmpl-r","object":"chat.completion","created":1718000000,"model":"o-mini",
             "choices":[{"index":0,"logprobs":{"content":null,"refusal":null},"finish_reason":"stop","message":{"role":"assistant","content":"B","refusal":null}}],
             "usage":{"prompt_tokens":25,"completion_tokens":1,"total_tokens":26}}
            """;

        var positions = await ChatLogprobsAsync(body);

        Assert.Empty(positions);
    }

    [Fact]
    public async Task CompletionsWithNullLogprobs_LikeOllama_GivesNoPositions()
    {
        const string body = """
            {"id":"cmpl-5","object":"text_completion","created":1718000000,"model":"llama3:8b","system_fingerprint":"fp_ollama",
             "choices":[{"text":" A","index":0,"finish_reason":"length"}],"usage":{"prompt_tokens":30,"completion_tokens":1,"total_tokens":31}}
            """;

        var positions = await CompletionsLogprobsAsync(body);

        Assert.Empty(positions);
    }

    private static async Task<IReadOnlyList<TokenPosition>> ChatLogprobsAsync(string body)
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Json(body));
        using var gateway = TestGateways.Create(server);
        var response = await gateway.Client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 1 }.WithTopLogprobs(20));
        Assert.Equal("/v1/chat/completions", Assert.Single(server.Requests).Path);
        return response.GetLogprobs();
    }

    private static async Task<IReadOnlyList<TokenPosition>> CompletionsLogprobsAsync(string body)
    {
        await using var server = await FakeLlmServer.StartAsync();
        server.Enqueue(FakeReply.Json(body));
        using var gateway = TestGateways.Create(server, provider: ProviderNames.OpenAICompletions);
        var response = await gateway.Client.GetResponseAsync(Question, new ChatOptions { MaxOutputTokens = 2 }.WithTopLogprobs(5));
        Assert.Equal("/v1/completions", Assert.Single(server.Requests).Path);
        return response.GetLogprobs();
    }

    private static (string, double)[] Pairs(TokenPosition position) => position.Top.Select(t => (t.Token, t.Logprob)).ToArray();
}
