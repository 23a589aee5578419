using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Tests.Config;

public sealed class ApiKeysTests
{
    private const string Yaml = """
        models:
          local:
            endpoint: http://127.0.0.1:8000/v1
            model: m
          claude:
            provider: anthropic
            endpoint: https://api.anthropic.com
            model: claude-sonnet-4-5
            api_key_env: VA_TEST_ANTHROPIC_KEY
        """;

    private readonly RunConfig _config = RunConfigLoader.LoadFromText(Yaml, "run.yaml");

    [Fact]
    public void Key_is_read_from_the_named_variable()
    {
        var key = ApiKeys.Resolve(_config.Models["claude"], name => name == "VA_TEST_ANTHROPIC_KEY" ? "sk-ant-secret" : null);

        Assert.Equal("sk-ant-secret", key);
    }

    [Fact]
    public void Model_without_api_key_env_needs_no_key()
    {
        Assert.Null(ApiKeys.Resolve(_config.Models["local"], _ => throw new InvalidOperationException("no lookup expected")));
    }

    [Fact]
    public void Missing_variable_is_an_error_naming_the_variable_path_and_line()
    {
        var ex = Assert.Throws<ConfigException>(() => ApiKeys.Resolve(_config.Models["claude"], _ => null));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("run.yaml", 9, "models.claude.api_key_env"), (error.File, error.Line, error.YamlPath));
        Assert.Contains("VA_TEST_ANTHROPIC_KEY", error.Message, StringComparison.Ordinal);
        Assert.Contains("not set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_variable_is_an_error_too()
    {
        var ex = Assert.Throws<ConfigException>(() => ApiKeys.Resolve(_config.Models["claude"], _ => ""));

        Assert.Contains("VA_TEST_ANTHROPIC_KEY is empty", ex.Message, StringComparison.Ordinal);
    }
}
