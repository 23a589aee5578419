namespace ValueAtlas.Evaluation.Metrics;

/// <summary>The names a breakdown (<c>--by</c>) may use, as the distributions table names its columns.</summary>
public static class Dimensions
{
    public const string Model = "model";
    public const string PromptKind = "prompt_kind";
    public const string Language = "language";
    public const string Country = "country";
    public const string Controversial = "controversial";
    public const string Topic = "topic";
    public const string Persona = "persona";
    public const string PromptCountry = "prompt_country";

    public static IReadOnlyList<string> All { get; } = [Model, PromptKind, Language, Country, Controversial, Topic, Persona, PromptCountry];
}
