using System.CommandLine;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Cli.Commands;

/// <summary>
/// The options that pick a model: either a configured one (--config, --model-name) or one given inline (--endpoint,
/// --model, …). Endpoint and model fall back to VALUEATLAS_ENDPOINT and VALUEATLAS_MODEL.
/// </summary>
public sealed class ModelSelection
{
    public const string EndpointVariable = "VALUEATLAS_ENDPOINT";
    public const string ModelVariable = "VALUEATLAS_MODEL";
    public const string ApiKeyVariable = "VALUEATLAS_API_KEY_ENV";

    private readonly Option<string?> _endpoint = new("--endpoint") { Description = $"Base URL of the endpoint, e.g. http://127.0.0.1:8000/v1 (default: ${EndpointVariable})." };
    private readonly Option<string?> _model = new("--model") { Description = $"Model id the endpoint serves (default: ${ModelVariable})." };
    private readonly Option<string> _provider = new("--provider")
    {
        Description = "openai (any OpenAI-compatible chat endpoint), openai-completions (/v1/completions, base models) or anthropic.",
        DefaultValueFactory = _ => ProviderNames.OpenAI,
    };

    private readonly Option<string?> _apiKeyEnv = new("--api-key-env") { Description = $"NAME of the environment variable holding the API key (default: ${ApiKeyVariable}, else none). Never the key itself." };
    private readonly Option<FileInfo?> _config = new("--config") { Description = "Run config YAML with a models: section." };
    private readonly Option<string?> _modelName = new("--model-name") { Description = "Which entry of models: to use (with --config)." };
    private readonly Option<FileInfo?> _cache = new("--cache") { Description = "SQLite response cache file; a repeated call is answered from it without touching the network." };
    private readonly Option<int> _maxAttempts = new("--max-attempts") { Description = "Attempts per call before giving up (429, 5xx, timeouts and resets are retried).", DefaultValueFactory = _ => 5 };
    private readonly Option<double> _timeout = new("--timeout") { Description = "Seconds per attempt.", DefaultValueFactory = _ => 120 };
    private readonly Option<int> _concurrency = new("--concurrency") { Description = "Calls in flight at once.", DefaultValueFactory = _ => 4 };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _endpoint, _model, _provider, _apiKeyEnv, _config, _modelName, _cache, _maxAttempts, _timeout, _concurrency })
        {
            command.Options.Add(option);
        }
    }

    public SelectedModel Resolve(ParseResult parse, Func<string, string?> environment)
    {
        if (parse.GetValue(_config) is { } configFile)
        {
            return FromConfig(configFile, parse.GetValue(_modelName), parse.GetValue(_cache)?.FullName);
        }

        var endpoint = parse.GetValue(_endpoint) ?? environment(EndpointVariable);
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            throw new UsageException($"no endpoint: pass --endpoint URL (e.g. http://127.0.0.1:8000/v1 for vLLM, http://127.0.0.1:11434/v1 for Ollama), set {EndpointVariable}, or pass --config FILE --model-name NAME");
        }

        var model = parse.GetValue(_model) ?? environment(ModelVariable);
        if (string.IsNullOrWhiteSpace(model))
        {
            throw new UsageException($"no model: pass --model NAME or set {ModelVariable}");
        }

        var config = new ModelConfig
        {
            Provider = parse.GetValue(_provider)!,
            Endpoint = endpoint,
            Model = model,
            ApiKeyEnv = parse.GetValue(_apiKeyEnv) ?? environment(ApiKeyVariable),
            MaxAttempts = parse.GetValue(_maxAttempts),
            TimeoutSeconds = parse.GetValue(_timeout),
            MaxConcurrency = parse.GetValue(_concurrency),
        };
        var errors = new ModelConfigValidator().Validate(config).Errors;
        if (errors.Count > 0)
        {
            throw new UsageException(string.Join(Environment.NewLine, errors.Select(e => $"--{Kebab(e.PropertyName)}: {e.ErrorMessage}")));
        }

        return new SelectedModel(model, config, parse.GetValue(_cache)?.FullName);
    }

    private static SelectedModel FromConfig(FileInfo file, string? name, string? cacheOverride)
    {
        var run = RunConfigLoader.Load(file.FullName, RunConfigSections.Tolerated);
        if (run.Models.Count == 0)
        {
            throw new UsageException($"{file.FullName}: the models: section is empty");
        }

        if (name is null)
        {
            if (run.Models.Count > 1)
            {
                throw new UsageException($"{file.FullName} names several models ({string.Join(", ", run.Models.Keys)}): pick one with --model-name");
            }

            name = run.Models.Keys.First();
        }

        if (!run.Models.TryGetValue(name, out var config))
        {
            throw new UsageException($"{file.FullName}: no model '{name}' under models: (have {string.Join(", ", run.Models.Keys)})");
        }

        return new SelectedModel(name, config, cacheOverride ?? run.Cache);
    }

    private static string Kebab(string property) =>
        string.Concat(property.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
