using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Tests.Config;

public sealed class RunConfigLoaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Valid_config_loads_every_model_field()
    {
        var file = _dir.Write("run.yaml", """
            models:
              claude:
                provider: anthropic
                endpoint: https://api.anthropic.com
                model: claude-sonnet-4-5
                api_key_env: ANTHROPIC_API_KEY
                max_concurrency: 8
                requests_per_minute: 50
                price:
                  input_per_million: 3
                  output_per_million: 15.5
                timeout_seconds: 90.5
                max_attempts: 6
                json_schema: false
            """);

        var config = RunConfigLoader.Load(file);

        var model = Assert.Single(config.Models).Value;
        Assert.Equal("claude", model.Name);
        Assert.Equal(ProviderNames.Anthropic, model.Provider);
        Assert.Equal("https://api.anthropic.com", model.Endpoint);
        Assert.Equal("claude-sonnet-4-5", model.Model);
        Assert.Equal("ANTHROPIC_API_KEY", model.ApiKeyEnv);
        Assert.Equal(8, model.MaxConcurrency);
        Assert.Equal(50, model.RequestsPerMinute);
        Assert.Equal(3m, model.Price.InputPerMillion);
        Assert.Equal(15.5m, model.Price.OutputPerMillion);
        Assert.Equal(90.5, model.TimeoutSeconds);
        Assert.Equal(6, model.MaxAttempts);
        Assert.False(model.JsonSchema);
        Assert.Equal(new ConfigLocation(file, 6, 5), model.ApiKeyEnvLocation);
        Assert.Null(config.Cache);
        Assert.Equal(_dir.Path, config.BaseDirectory);
    }

    [Fact]
    public void Omitted_optional_model_keys_take_their_defaults()
    {
        var config = RunConfigLoader.LoadFromText("""
            models:
              local:
                endpoint: http://127.0.0.1:8000/v1
                model: m
            """, "run.yaml");

        var model = config.Models["local"];
        Assert.Equal(ProviderNames.OpenAI, model.Provider);
        Assert.Null(model.ApiKeyEnv);
        Assert.Null(model.RequestsPerMinute);
        Assert.Equal(new ModelPrice(), model.Price);
    }

    [Fact]
    public void Relative_cache_path_is_resolved_against_the_yaml_files_folder()
    {
        var file = _dir.Write("runs/run.yaml", "cache: ../state/cache.sqlite\n");

        var config = RunConfigLoader.Load(file);

        Assert.Equal(Path.Combine(_dir.Path, "state", "cache.sqlite"), config.Cache);
    }

    [Fact]
    public void Absolute_cache_path_is_kept()
    {
        var absolute = Path.Combine(_dir.Path, "elsewhere", "cache.sqlite");
        var file = _dir.Write("run.yaml", $"cache: '{absolute}'\n");

        Assert.Equal(absolute, RunConfigLoader.Load(file).Cache);
    }

    [Fact]
    public void Unknown_top_level_key_is_an_error_naming_key_file_and_line()
    {
        var file = _dir.Write("run.yaml", """
            cache: cache.sqlite
            generaton:
              count: 3
            """);

        var error = Assert.Single(Assert.Throws<ConfigException>(() => RunConfigLoader.Load(file)).Errors);

        Assert.Equal(file, error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal(1, error.Column);
        Assert.Equal("generaton", error.YamlPath);
        Assert.Contains("unknown key 'generaton'", error.Message, StringComparison.Ordinal);
        Assert.Contains("models, cache", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_model_key_is_an_error_with_its_yaml_path_and_line()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoint: http://127.0.0.1:8000/v1
                model: m
                max_concurency: 4
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("models.exaone.max_concurency", error.YamlPath);
        Assert.Equal(5, error.Line);
        Assert.Contains("max_concurrency", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("run.yaml:5:5: models.exaone.max_concurency: unknown key 'max_concurency'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_value_type_is_an_error_with_path_line_and_expected_kind()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoint: http://127.0.0.1:8000/v1
                model: m
                max_concurrency: lots
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("models.exaone.max_concurrency", error.YamlPath);
        Assert.Equal(5, error.Line);
        Assert.Equal("expected a whole number, found 'lots'", error.Message);
    }

    [Fact]
    public void Nested_price_with_wrong_shape_names_the_price_path()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoint: http://127.0.0.1:8000/v1
                model: m
                price: 3
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("models.exaone.price", error.YamlPath);
        Assert.Equal(5, error.Line);
        Assert.Contains("input_per_million, output_per_million", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_price_key_lists_the_keys_price_accepts()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                price:
                  input_per_milion: 1
            """, "run.yaml"));

        Assert.Contains(
            "run.yaml:4:7: models.exaone.price.input_per_milion: unknown key 'input_per_milion'; expected one of: input_per_million, output_per_million",
            ex.Message.Split('\n'));
    }

    [Fact]
    public void Model_names_with_dots_keep_their_path_in_type_errors()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone-3.5-32b:
                max_attempts: many
            """, "run.yaml"));

        Assert.Equal("run.yaml:3:19: models.exaone-3.5-32b.max_attempts: expected a whole number, found 'many'", ex.Message);
    }

    [Fact]
    public void Non_text_api_key_env_is_rejected_without_echoing_its_content()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              m:
                api_key_env: [sk-ant-secret-value]
            """, "run.yaml"));

        Assert.Equal("models.m.api_key_env", Assert.Single(ex.Errors).YamlPath);
        Assert.DoesNotContain("sk-ant-secret-value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_yaml_document_is_an_error()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("cache: a.sqlite\n---\ncache: b.sqlite\n", "run.yaml"));

        Assert.Equal(3, Assert.Single(ex.Errors).Line);
    }

    [Fact]
    public void Yaml_syntax_error_names_line_column_and_the_path_reached()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoint: "http://127.0.0.1:8000/v1
                model: m
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("models.exaone.endpoint", error.YamlPath);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("YAML syntax:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_key_is_an_error_at_the_second_occurrence()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                endpoint: http://127.0.0.1:8000/v1
                model: a
                model: b
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(5, error.Line);
        Assert.Contains("duplicate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_validation_errors_are_reported_together_with_their_lines()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            models:
              exaone:
                provider: vllm
                endpoint: 127.0.0.1:8000
                model: ""
                max_concurrency: 0
                requests_per_minute: 0
                price:
                  input_per_million: -1
                  output_per_million: 0
                timeout_seconds: 7200
                max_attempts: 50
              base:
                provider: openai-completions
                endpoint: ftp://example.org/v1
                model: llama
            """, "run.yaml"));

        var found = ex.Errors.Select(e => (e.YamlPath, e.Line)).ToList();
        Assert.Equal(
            [
                ("models.exaone.provider", 3),
                ("models.exaone.endpoint", 4),
                ("models.exaone.model", 5),
                ("models.exaone.max_concurrency", 6),
                ("models.exaone.requests_per_minute", 7),
                ("models.exaone.price.input_per_million", 9),
                ("models.exaone.timeout_seconds", 11),
                ("models.exaone.max_attempts", 12),
                ("models.base.endpoint", 15),
            ],
            found);
        Assert.All(ex.Errors, e => Assert.Equal("run.yaml", e.File));
        var lines = ex.Message.Split('\n');
        Assert.Equal(ex.Errors.Count, lines.Length);
        Assert.Equal("run.yaml:6:5: models.exaone.max_concurrency: must be between 1 and 1024, not 0", lines[3]);
        Assert.Contains("openai, openai-completions, anthropic", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_the_models_line()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            cache: c.sqlite
            models:
              claude:
                provider: anthropic
                endpoint: https://api.anthropic.com
            """, "run.yaml"));

        Assert.Equal(
            [("models.claude.model", 3), ("models.claude.api_key_env", 3)],
            ex.Errors.Select(e => (e.YamlPath, e.Line)).ToList());
    }

    [Fact]
    public void Model_entry_without_settings_is_an_error()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("models:\n  exaone:\n", "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("models.exaone", 2), (error.YamlPath, error.Line));
    }

    [Theory]
    [InlineData("sk-proj-abcdefghijklmnop1234567890")]
    [InlineData("sk-ant-api03-XYZ")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Api_key_pasted_into_api_key_env_is_rejected_without_echoing_it(string key)
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText($"""
            models:
              claude:
                provider: anthropic
                endpoint: https://api.anthropic.com
                model: claude-sonnet-4-5
                api_key_env: {key}
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("models.claude.api_key_env", 6), (error.YamlPath, error.Line));
        Assert.Contains("names the environment variable, not the key", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, ex.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1PASSWORD")]
    [InlineData("MY-KEY")]
    [InlineData("\"\"")]
    public void Api_key_env_must_be_a_variable_name(string name)
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText($"""
            models:
              m:
                endpoint: http://127.0.0.1:8000/v1
                model: m
                api_key_env: {name}
            """, "run.yaml"));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("models.m.api_key_env", error.YamlPath);
        Assert.Contains("environment variable name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_comments_and_values_in_a_utf8_file_load()
    {
        var file = Path.Combine(_dir.Path, "실행.yaml");
        File.WriteAllText(file, """
            # 한국어 주석: 로컬 vLLM 의 EXAONE 모델
            cache: 캐시/응답.sqlite   # 상대 경로
            models:
              엑사원:
                endpoint: http://127.0.0.1:8000/v1
                model: 엑사원-3.5-32b   # 한국어 값
            """, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var config = RunConfigLoader.Load(file);

        Assert.Equal("엑사원-3.5-32b", config.Models["엑사원"].Model);
        Assert.Equal(Path.Combine(_dir.Path, "캐시", "응답.sqlite"), config.Cache);
    }

    [Fact]
    public void Errors_in_a_korean_file_name_korean_model_paths()
    {
        var ex = Assert.Throws<ConfigException>(() => RunConfigLoader.LoadFromText("""
            # 주석
            models:
              엑사원:
                endpoint: http://127.0.0.1:8000/v1
                model: m
                max_attempts: 0
            """, "실행.yaml"));

        Assert.Equal("실행.yaml:6:5: models.엑사원.max_attempts: must be between 1 and 20, not 0", ex.Message);
    }

    [Fact]
    public void Missing_file_is_a_config_error_naming_the_file()
    {
        var missing = Path.Combine(_dir.Path, "nope.yaml");

        var error = Assert.Single(Assert.Throws<ConfigException>(() => RunConfigLoader.Load(missing)).Errors);

        Assert.Equal(missing, error.File);
    }

    [Fact]
    public void Empty_file_gives_an_empty_config()
    {
        var config = RunConfigLoader.Load(_dir.Write("run.yaml", "# nothing yet\n"));

        Assert.Empty(config.Models);
    }
}
