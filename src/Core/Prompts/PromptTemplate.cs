namespace ValueAtlas.Core.Prompts;

/// <summary>
/// One step's (or evaluation kind's) prompt in one language, a Semantic Kernel template with <c>{{$name}}</c> variables. <see cref="Id"/>
/// carries a hash of the text (each variable written <c>{{name}}</c>, as before SK), so provenance tells an edited or
/// overridden template apart from the built-in one of the same name.
/// </summary>
/// <param name="Id"><c>{step}.{lang}@</c> and the first 12 hex digits of the SHA-256 of the text in pre-SK spelling.</param>
/// <param name="Step">The generation step or evaluation kind (<see cref="TemplateKinds"/>) the template is for.</param>
/// <param name="Language">The language of the file (lower case), not necessarily the one asked for.</param>
/// <param name="Text">The template, line endings LF.</param>
public sealed record PromptTemplate(string Id, string Step, string Language, string Text)
{
    /// <summary>True when the requested language had no template and this one (the fallback language's) stands in for it.</summary>
    public bool IsFallback { get; init; }

    /// <summary>The language that was asked for; equals <see cref="Language"/> unless this is a fallback.</summary>
    public string RequestedLanguage { get; init; } = Language;
}
