using YamlDotNet.Serialization;

namespace ValueAtlas.Core.Config;

/// <summary>
/// A YAML run config: the keys every stage shares (<c>models</c>, <c>cache</c>, <c>seed</c>) and each stage's
/// own section, bound and checked by that stage (<see cref="IConfigSection"/>). Init-only properties with a
/// parameterless constructor because YamlDotNet cannot call positional constructors; keys are snake_case.
/// Unknown keys are errors, so a typo never silently falls back to a default.
/// </summary>
public sealed record RunConfig
{
    /// <summary>The <c>models:</c> section, keyed by the name other sections refer to.</summary>
    public Dictionary<string, ModelConfig> Models { get; init; } = [];

    /// <summary>SQLite response cache file; after loading, an absolute path (relative ones are taken from the YAML file's folder).</summary>
    public string? Cache { get; init; }

    /// <summary>Seeds every random choice of a run (sampling caps, retry jitter), so a run is reproducible.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Folder of the YAML file, for sections that also hold relative paths.</summary>
    [YamlIgnore]
    public string? BaseDirectory { get; init; }

    /// <summary>Each stage section that was read, by its record type.</summary>
    [YamlIgnore]
    public IReadOnlyDictionary<Type, object> Sections { get; init; } = new Dictionary<Type, object>();

    /// <summary>The section a stage read with its <see cref="ConfigSection{T}"/>.</summary>
    public T Section<T>()
        where T : class =>
        Sections.TryGetValue(typeof(T), out var section)
            ? (T)section
            : throw new InvalidOperationException($"the {typeof(T).Name} section was not read: pass its section to RunConfigLoader.Load");
}
