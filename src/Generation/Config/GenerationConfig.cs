using ValueAtlas.Core.Config;
using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Config;

/// <summary>
/// Generation's section of a run config. Its keys sit at the top of the file beside <c>models</c> and
/// <c>cache</c> (run configs were written that way before stages had sections). Defaults live here and in
/// <see cref="FilterOptions"/> only.
/// </summary>
public sealed record GenerationConfig
{
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

    /// <summary>Folder of prompt templates ({step}.{lang}.txt) that replace the built-in ones; absolute after loading (relative ones are taken from the file's folder).</summary>
    public string? Prompts { get; init; }

    /// <summary>The study's filters; every number configurable. The run's <c>seed</c> is added when the run starts.</summary>
    public FilterOptions Filters { get; init; } = new();
}
