using ValueAtlas.FakeLlm;

namespace ValueAtlas.Cli.Tests;

public sealed class ConfigTests
{
    [Fact]
    public async Task Ask_UsesAConfiguredModelAndItsCache()
    {
        using var dir = new TempDirectory();
        await using var server = await FakeLlmServer.StartAsync();
        await File.WriteAllTextAsync(dir.File("run.yaml"), $"""
            # 로컬 vLLM
            cache: cache/answers.sqlite
            models:
              exaone:
                provider: openai
                endpoint: {server.OpenAIBase}
                model: LGAI-EXAONE/EXAONE-3.5-32B-Instruct
                max_concurrency: 2
                price: {"{"} input_per_million: 1.0, output_per_million: 2.0 {"}"}
            """);

        var first = await CliProcess.RunAsync(["llm", "ask", "--config", dir.File("run.yaml"), "--model-name", "exaone", "--prompt", "안녕"]);
        var second = await CliProcess.RunAsync(["llm", "ask", "--config", dir.File("run.yaml"), "--prompt", "안녕"]);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.Json["cached"]!.GetValue<bool>(), second.ToString());
        Assert.True(File.Exists(dir.File("cache/answers.sqlite")));
        Assert.Equal("LGAI-EXAONE/EXAONE-3.5-32B-Instruct", server.Requests[0].Model);
        Assert.True(first.Json["cost"]!.GetValue<decimal>() > 0);
    }

    [Fact]
    public async Task BadConfig_ExitsTwoNamingTheYamlPathAndLine()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("run.yaml"), """
            models:
              exaone:
                provider: openai
                endpoint: http://127.0.0.1:8000/v1
                model: exaone
                max_concurrency: 0
            """);

        var result = await CliProcess.RunAsync(["llm", "ask", "--config", dir.File("run.yaml"), "--prompt", "hi"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("run.yaml:6", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("models.exaone.max_concurrency", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownModelName_ExitsTwoListingTheConfiguredOnes()
    {
        using var dir = new TempDirectory();
        await File.WriteAllTextAsync(dir.File("run.yaml"), """
            models:
              exaone: { provider: openai, endpoint: "http://127.0.0.1:8000/v1", model: exaone }
              llama: { provider: openai, endpoint: "http://127.0.0.1:8001/v1", model: llama }
            """);

        var result = await CliProcess.RunAsync(["llm", "ask", "--config", dir.File("run.yaml"), "--model-name", "gpt", "--prompt", "hi"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("exaone, llama", result.Stderr, StringComparison.Ordinal);
    }
}
