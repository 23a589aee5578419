using YamlDotNet.Serialization;

namespace ValueAtlas.Core.Config;

/// <summary>One entry under <c>models:</c> in a run config. Mutable init-only properties because YamlDotNet needs a parameterless constructor.</summary>
public sealed record ModelConfig
{
    /// <summary>openai (any OpenAI-compatible chat endpoint), openai-completions (/v1/completions, base models) or anthropic.</summary>
    public string Provider { get; init; } = ProviderNames.OpenAI;

    /// <summary>Base URL, e.g. http://127.0.0.1:8000/v1 for vLLM or https://api.anthropic.com for Anthropic. Empty when <see cref="Endpoints"/> is given.</summary>
    public string Endpoint { get; init; } = "";

    /// <summary>
    /// Base URLs of replicas of one model (vLLM on several GPUs or machines), instead of <see cref="Endpoint"/>: calls go to the
    /// replica with the fewest in flight, and a replica that keeps failing is rested. Null when <see cref="Endpoint"/> is given.
    /// </summary>
    public List<string>? Endpoints { get; init; }

    /// <summary>The model id the endpoint expects.</summary>
    public string Model { get; init; } = "";

    /// <summary>The NAME of the environment variable that holds the key; the key itself never appears in a config.</summary>
    public string? ApiKeyEnv { get; init; }

    public int MaxConcurrency { get; init; } = 4;

    public int? RequestsPerMinute { get; init; }

    public ModelPrice Price { get; init; } = new();

    public double TimeoutSeconds { get; init; } = 120;

    public int MaxAttempts { get; init; } = 5;

    /// <summary>Whether the endpoint accepts response_format json_schema; when false the schema goes into the prompt only.</summary>
    public bool JsonSchema { get; init; } = true;

    /// <summary>Whether the model is written with <c>endpoints:</c> (replicas), even a list of one, rather than <c>endpoint:</c>.</summary>
    [YamlIgnore]
    public bool HasReplicas => Endpoints is not null;

    /// <summary>Every URL the model is served at: the replicas, or the one endpoint.</summary>
    [YamlIgnore]
    public IReadOnlyList<string> AllEndpoints => Endpoints ?? [Endpoint];

    /// <summary>The key under <c>models:</c>; set by the loader so errors can name <c>models.&lt;name&gt;</c>.</summary>
    [YamlIgnore]
    public string Name { get; init; } = "";

    /// <summary>Where the entry sits in the YAML (<c>models.exaone</c>, or <c>model</c> for a run's single model); set by the loader.</summary>
    [YamlIgnore]
    public string YamlPath { get; init; } = "";

    /// <summary>Where <c>api_key_env</c> was written, so a variable missing at call time still points at the file and line.</summary>
    [YamlIgnore]
    public ConfigLocation? ApiKeyEnvLocation { get; init; }
}
