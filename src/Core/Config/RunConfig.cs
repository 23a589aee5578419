using YamlDotNet.Serialization;

namespace ValueAtlas.Core.Config;

/// <summary>
/// One YAML run config. Init-only properties with a parameterless constructor because YamlDotNet
/// cannot call positional constructors; keys are snake_case (<c>max_concurrency</c>).
/// Unknown keys are errors, so a typo never silently falls back to a default.
/// </summary>
public sealed record RunConfig
{
    /// <summary>The <c>models:</c> section, keyed by the name other sections refer to.</summary>
    public Dictionary<string, ModelConfig> Models { get; init; } = [];

    /// <summary>SQLite response cache file; after loading, an absolute path (relative ones are taken from the YAML file's folder).</summary>
    public string? Cache { get; init; }

    /// <summary>Folder of the YAML file, for later sections that also hold relative paths.</summary>
    [YamlIgnore]
    public string? BaseDirectory { get; init; }
}
