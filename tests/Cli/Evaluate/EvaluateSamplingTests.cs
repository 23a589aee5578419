using System.Text.Json.Nodes;
using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests.Evaluate;

public sealed class EvaluateSamplingTests(EvaluateInputsFixture inputs) : IClassFixture<EvaluateInputsFixture>
{
    [Fact]
    public async Task ServerIgnoringLogprobs_IsSampledQueryByQuery_AndReRunCallsNothing()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();

        // LM Studio's shape: logprobs asked for, "logprobs": null sent back; the answer is the preferred option's letter.
        server.Responder = request =>
        {
            var preferred = LetterScript.LastOptions(request.LastUserMessage ?? "").OrderBy(o => o.Text, StringComparer.Ordinal).First().Letter;
            return FakeReply.Json($$$"""
                {"id":"chatcmpl-1","object":"chat.completion","created":1,"model":"lms","choices":[{"index":0,"message":{"role":"assistant","content":"{{{preferred}}}"},"logprobs":null,"finish_reason":"stop"}],"usage":{"prompt_tokens":12,"completion_tokens":1,"total_tokens":13}}
                """);
        };
        var config = dir.Write("run.yaml", $"""
            cache: cache.sqlite
            models:
              lms: {"{"} provider: openai, endpoint: {server.OpenAIBase}, model: lms, max_concurrency: 4 {"}"}
            evaluation:
              models: [lms]
              answers: {"{"} samples: 4 {"}"}
              runs:
                - kind: mc
                  input: {inputs.Items}
                  countries: [DE]
                  limit: 5
                  orderings: 2
            """);
        string[] args = ["evaluate", "--config", config, "--out", dir.File("out"), "--format", "csv"];

        var first = await CliProcess.RunAsync(args);
        var sent = server.RequestCount;
        var second = await CliProcess.RunAsync(args);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(sent, server.RequestCount);
        var model = JsonNode.Parse(File.ReadAllText(dir.File("out/evaluate.json")))!["models"]![0]!;
        Assert.Equal("sampling", model["method"]!.GetValue<string>());
        Assert.Equal(10, model["sampled_for_missing_logprobs"]!.GetValue<int>());
        Assert.Equal(10 * 5, sent);
        var answers = TableCsv.Read(dir.File("out/answers.csv"));
        Assert.All(answers, a => Assert.Equal(("sampling", "true", "4"), (a["method"], a["logprobs_missing"], a["samples"])));
        foreach (var probe in TableCsv.Read(dir.File("out/distributions.csv")).GroupBy(d => d["item_id"]))
        {
            Assert.Equal("1", probe.OrderBy(d => d["option_text"], StringComparer.Ordinal).First()["probability"]);
        }
    }
}
