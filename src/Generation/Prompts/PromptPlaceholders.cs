namespace ValueAtlas.Generation.Prompts;

/// <summary>Variable names as they appear in templates (<c>{{$name}}</c>), so callers cannot misspell them.</summary>
public static class PromptPlaceholders
{
    public const string Count = "count";
    public const string ControversialPhrase = "controversial_phrase";
    public const string CountryName = "country_name";
    public const string LanguageName = "language_name";
    public const string Topic = "topic";
    public const string TopicDescription = "topic_description";
    public const string Question = "question";

    /// <summary>The answer options as a JSON array of strings, in their stored order.</summary>
    public const string Options = "options";

    public const string SourceLanguageName = "source_language_name";
    public const string TargetLanguageName = "target_language_name";
}
