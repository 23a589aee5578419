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

    /// <summary>The model a generation run uses (the same keys as an entry under <c>models:</c>).</summary>
    public ModelConfig? Model { get; init; }

    /// <summary>Countries to generate for, by ISO code (KR, US, …); from the country registry.</summary>
    public List<string>? Countries { get; init; }

    /// <summary>Languages to translate into (BCP-47: en, zh, …), besides each country's own.</summary>
    public List<string>? Languages { get; init; }

    /// <summary>How many controversial and uncontroversial topics to ask for per country.</summary>
    public TopicCounts? Topics { get; init; }

    public int QuestionsPerTopic { get; init; } = 5;

    /// <summary>Paraphrases asked for per question, in the source language and again in each target language.</summary>
    public int Paraphrases { get; init; } = 4;

    /// <summary>Seeds every random choice of a run (sampling caps, retry jitter), so a run is reproducible.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Folder of prompt templates ({step}.{lang}.txt) that replace the built-in ones; relative to this file.</summary>
    public string? Prompts { get; init; }

    /// <summary>The study's filters; every number configurable.</summary>
    public FilterSettings Filters { get; init; } = new();

    /// <summary>Folder of the YAML file, for later sections that also hold relative paths.</summary>
    [YamlIgnore]
    public string? BaseDirectory { get; init; }
}
