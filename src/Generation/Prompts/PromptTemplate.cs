namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// One step's prompt in one language, a Semantic Kernel template with <c>{{$name}}</c> variables. <see cref="Id"/>
/// carries a hash of the text (each variable written <c>{{name}}</c>, as before SK), so provenance tells an edited or
/// overridden template apart from the built-in one of the same name.
/// </summary>
public sealed record PromptTemplate(string Id, string Step, string Language, string Text)
{
    /// <summary>True when the requested language had no template and this one (English) stands in for it.</summary>
    public bool IsFallback { get; init; }

    /// <summary>The language that was asked for; equals <see cref="Language"/> unless this is a fallback.</summary>
    public string RequestedLanguage { get; init; } = Language;
}
