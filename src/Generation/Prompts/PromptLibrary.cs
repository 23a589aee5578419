using System.Security.Cryptography;
using System.Text;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// The prompt templates for every step and language: the built-in files embedded in this
/// assembly, optionally replaced file by file from a folder a run config names.
/// </summary>
public sealed class PromptLibrary
{
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "ValueAtlas.Generation.Prompts.";

    private static readonly Lazy<PromptLibrary> LazyBuiltIn = new(LoadBuiltIn);

    private readonly Dictionary<string, PromptTemplate> _templates;

    private PromptLibrary(Dictionary<string, PromptTemplate> templates)
    {
        _templates = templates;
    }

    public static PromptLibrary BuiltIn => LazyBuiltIn.Value;

    /// <summary>Every template, ordered by step then language.</summary>
    public IReadOnlyList<PromptTemplate> Templates =>
        [.. PromptSteps.All.SelectMany(step => _templates.Values
            .Where(t => t.Step == step)
            .OrderBy(t => t.Language, StringComparer.Ordinal))];

    /// <summary>
    /// The built-in templates with each <c>{step}.{lang}.txt</c> in <paramref name="folder"/> taking
    /// the place of (or adding to) the built-in one of the same name.
    /// </summary>
    public static PromptLibrary WithOverrides(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Prompt override folder '{folder}' does not exist.");
        }

        var templates = new Dictionary<string, PromptTemplate>(BuiltIn._templates, StringComparer.Ordinal);
        var errors = new List<ConfigError>();
        foreach (var file in Directory.EnumerateFiles(folder, "*" + PromptFile.Suffix).Order(StringComparer.Ordinal))
        {
            try
            {
                var template = PromptFile.Load(file);
                templates[Key(template.Step, template.Language)] = template;
            }
            catch (ConfigException e)
            {
                // Every bad file at once, so fixing a folder of overrides takes one run, not one per file.
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count == 0 ? new PromptLibrary(templates) : throw new ConfigException(errors);
    }

    /// <summary>
    /// The template for <paramref name="step"/> in <paramref name="language"/>; a regional tag
    /// (<c>ko-KR</c>) uses its base language, and a language with no template gets the English one
    /// marked <see cref="PromptTemplate.IsFallback"/>.
    /// </summary>
    public PromptTemplate Get(string step, string language)
    {
        PromptSteps.Require(step);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);

        var requested = language.Trim().Replace('_', '-').ToLowerInvariant();
        var primary = requested.Split('-')[0];
        foreach (var candidate in new[] { requested, primary, FallbackLanguage })
        {
            if (_templates.TryGetValue(Key(step, candidate), out var template))
            {
                return template with
                {
                    IsFallback = candidate == FallbackLanguage && primary != FallbackLanguage,
                    RequestedLanguage = language,
                };
            }
        }

        throw new InvalidOperationException(
            $"No '{step}' template for '{language}' and no '{FallbackLanguage}' template to fall back on.");
    }

    /// <summary>
    /// Fills every <c>{{$name}}</c> through Semantic Kernel's template engine, in one pass: a value containing a brace
    /// pair is inserted as it is, never expanded. A variable without a value, or a value without a variable, is an
    /// error: either means the template and the calling code have drifted apart.
    /// </summary>
    public static async Task<RenderedPrompt> RenderAsync(
        PromptTemplate template, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);

        var (kernelTemplate, used) = KernelTemplates.Parse(template.Text);
        var missing = used.Where(name => !values.ContainsKey(name)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (missing is not null)
        {
            throw new InvalidOperationException(
                $"Template {template.Id} uses variable {{{{${missing}}}}} but no value was given for it.");
        }

        var extra = values.Keys.Where(name => !used.Contains(name)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            throw new InvalidOperationException(
                $"A value was given for variable {{{{${extra}}}}} but template {template.Id} does not use it.");
        }

        var text = await KernelTemplates.RenderAsync(kernelTemplate, values, cancellationToken).ConfigureAwait(false);
        return new RenderedPrompt(template.Id, text, Sha256Hex(text));
    }

    private static PromptLibrary LoadBuiltIn()
    {
        var assembly = typeof(PromptLibrary).Assembly;
        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                                 && n.EndsWith(PromptFile.Suffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var template = PromptFile.Parse(resource[ResourcePrefix.Length..], reader.ReadToEnd(), resource);
            templates[Key(template.Step, template.Language)] = template;
        }

        return new PromptLibrary(templates);
    }

    private static string Key(string step, string language) => step + "." + language;

    internal static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
