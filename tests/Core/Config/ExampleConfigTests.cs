using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Tests.Config;

public sealed class ExampleConfigTests
{
    [Fact]
    public void Models_example_yaml_loads_and_validates()
    {
        var file = Path.Combine(RepoRoot.Path, "datasets", "runs", "models.example.yaml");

        var config = RunConfigLoader.Load(file);

        Assert.Equal(["exaone", "exaone-ollama", "llama3-8b-base", "claude"], config.Models.Keys);
        Assert.Equal("http://127.0.0.1:8000/v1", config.Models["exaone"].Endpoint);
        Assert.Equal("http://127.0.0.1:11434/v1", config.Models["exaone-ollama"].Endpoint);
        Assert.Equal(ProviderNames.OpenAICompletions, config.Models["llama3-8b-base"].Provider);
        Assert.Equal("ANTHROPIC_API_KEY", config.Models["claude"].ApiKeyEnv);
        Assert.Equal(Path.Combine(RepoRoot.Path, ".valueatlas", "cache.sqlite"), config.Cache);
    }

    [Fact]
    public void Models_example_yaml_documents_every_model_key()
    {
        var text = File.ReadAllText(Path.Combine(RepoRoot.Path, "datasets", "runs", "models.example.yaml"));
        string[] keys =
        [
            "cache:", "provider:", "endpoint:", "endpoints:", "model:", "api_key_env:", "max_concurrency:", "requests_per_minute:",
            "input_per_million:", "output_per_million:", "timeout_seconds:", "max_attempts:", "json_schema:",
        ];

        Assert.All(keys, key => Assert.Contains(key, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Commented_replicas_example_loads_once_uncommented()
    {
        var lines = File.ReadAllLines(Path.Combine(RepoRoot.Path, "datasets", "runs", "models.example.yaml"));
        var start = Array.FindIndex(lines, l => l.Trim() == "# exaone-replicas:");
        var entry = lines.Skip(start).TakeWhile(l => l.StartsWith("  #", StringComparison.Ordinal)).Select(l => "  " + l[4..]);

        var model = RunConfigLoader.LoadFromText("models:\n" + string.Join('\n', entry), "models.example.yaml").Models["exaone-replicas"];

        Assert.True(start > 0);
        Assert.True(model.HasReplicas);
        Assert.Equal(2, model.AllEndpoints.Count);
        Assert.Equal(64, model.MaxConcurrency);
    }
}
