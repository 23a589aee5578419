using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests;

public sealed class GeneratePromptsTests
{
    [Fact]
    public async Task BadPromptOverrides_ExitTwoNamingEachFileLineAndVariableBeforeAnyCall()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        var options = dir.Write("prompts/options.ko.txt", "주제: {{$topic}}\n질문: {{$question}}, 국가: {{$country}}\n");
        var topics = dir.Write("prompts/topics.ko.txt", "{{count}} {{$controversial_phrase}} {{$country_name}} {{$language_name}}\n");
        var config = dir.Write("run.yaml", $"""
            model: {"{"} provider: openai, endpoint: "{server.OpenAIBase}", model: m {"}"}
            countries: [KR]
            languages: [ko]
            topics: {"{"} controversial: 1, uncontroversial: 1 {"}"}
            questions_per_topic: 1
            paraphrases: 1
            prompts: prompts
            """);

        var result = await CliProcess.RunAsync(["generate", "--config", config, "--out", dir.File("out")]);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(0, server.RequestCount);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{options}:2:24: unknown variable {{{{$country}}}}", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{topics}:1:1: {{{{count}}}} is the placeholder spelling", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("write {{$count}}", result.Stderr, StringComparison.Ordinal);
    }
}
