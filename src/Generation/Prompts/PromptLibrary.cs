using ValueAtlas.Core.Prompts;

namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// The generation prompt templates for every step and language: the built-in files embedded in this
/// assembly, optionally replaced file by file from a folder a run config names.
/// </summary>
public sealed class PromptLibrary
{
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "ValueAtlas.Generation.Prompts.";

    private static readonly Lazy<PromptLibrary> LazyBuiltIn = new(() => new PromptLibrary(TemplateSet.LoadBuiltIn(
        new TemplateSource(typeof(PromptLibrary).Assembly, ResourcePrefix, PromptSteps.Kinds, FallbackLanguage))));

    private readonly TemplateSet _templates;

    private PromptLibrary(TemplateSet templates)
    {
        _templates = templates;
    }

    public static PromptLibrary BuiltIn => LazyBuiltIn.Value;

    /// <summary>Every template, ordered by step then language.</summary>
    public IReadOnlyList<PromptTemplate> Templates => _templates.Templates;

    /// <summary>
    /// The built-in templates with each <c>{step}.{lang}.txt</c> in <paramref name="folder"/> taking
    /// the place of (or adding to) the built-in one of the same name.
    /// </summary>
    public static PromptLibrary WithOverrides(string folder) => new(BuiltIn._templates.WithOverrides(folder));

    /// <summary>
    /// The template for <paramref name="step"/> in <paramref name="language"/>; a regional tag
    /// (<c>ko-KR</c>) uses its base language, and a language with no template gets the English one
    /// marked <see cref="PromptTemplate.IsFallback"/>.
    /// </summary>
    public PromptTemplate Get(string step, string language) => _templates.Get(step, language);

    /// <inheritdoc cref="TemplateSet.RenderAsync"/>
    public static Task<RenderedPrompt> RenderAsync(
        PromptTemplate template, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken) =>
        TemplateSet.RenderAsync(template, values, cancellationToken);
}
