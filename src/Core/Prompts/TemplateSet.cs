using System.Text;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Prompts;

/// <summary>
/// A stage's prompt templates for every kind and language: the built-in files embedded in the stage's assembly,
/// optionally replaced file by file from a folder a run config names.
/// </summary>
public sealed class TemplateSet
{
    private readonly Dictionary<string, PromptTemplate> _templates;

    private TemplateSet(TemplateSource source, Dictionary<string, PromptTemplate> templates)
    {
        Source = source;
        _templates = templates;
    }

    public TemplateSource Source { get; }

    /// <summary>Every template, ordered by kind (as <see cref="TemplateKinds.All"/> lists them) then language.</summary>
    public IReadOnlyList<PromptTemplate> Templates =>
        [.. Source.Kinds.All.SelectMany(kind => _templates.Values
            .Where(t => t.Step == kind)
            .OrderBy(t => t.Language, StringComparer.Ordinal))];

    /// <summary>The templates embedded in <see cref="TemplateSource.ResourceAssembly"/> under its prefix.</summary>
    /// <exception cref="ConfigException">A built-in template is misnamed or does not use exactly its variables.</exception>
    public static TemplateSet LoadBuiltIn(TemplateSource source)
    {
        ArgumentNullException.ThrowIfNull(source);

        var assembly = source.ResourceAssembly;
        var prefix = source.ResourcePrefix;
        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(prefix, StringComparison.Ordinal)
                                 && n.EndsWith(TemplateFile.Suffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var template = TemplateFile.Parse(resource[prefix.Length..], reader.ReadToEnd(), resource, source.Kinds);
            templates[Key(template.Step, template.Language)] = template;
        }

        return new TemplateSet(source, templates);
    }

    /// <summary>
    /// These templates with each <c>{kind}.{lang}.txt</c> in <paramref name="folder"/> taking the place of (or adding
    /// to) the one of the same name.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="ConfigException">Every problem of every file in the folder, each naming its file (and line).</exception>
    public TemplateSet WithOverrides(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Prompt override folder '{folder}' does not exist.");
        }

        var templates = new Dictionary<string, PromptTemplate>(_templates, StringComparer.Ordinal);
        var errors = new List<ConfigError>();
        foreach (var file in Directory.EnumerateFiles(folder, "*" + TemplateFile.Suffix).Order(StringComparer.Ordinal))
        {
            try
            {
                var template = TemplateFile.Load(file, Source.Kinds);
                templates[Key(template.Step, template.Language)] = template;
            }
            catch (ConfigException e)
            {
                // Every bad file at once, so fixing a folder of overrides takes one run, not one per file.
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count == 0 ? new TemplateSet(Source, templates) : throw new ConfigException(errors);
    }

    /// <summary>
    /// The template for <paramref name="kind"/> in <paramref name="language"/>; a regional tag (<c>ko-KR</c>) uses its
    /// base language, and a language with no template gets the fallback language's, marked
    /// <see cref="PromptTemplate.IsFallback"/>.
    /// </summary>
    public PromptTemplate Get(string kind, string language)
    {
        Source.Kinds.Require(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);

        var fallback = Source.FallbackLanguage;
        var requested = language.Trim().Replace('_', '-').ToLowerInvariant();
        var primary = requested.Split('-')[0];
        foreach (var candidate in new[] { requested, primary, fallback })
        {
            if (_templates.TryGetValue(Key(kind, candidate), out var template))
            {
                return template with
                {
                    IsFallback = candidate == fallback && primary != fallback,
                    RequestedLanguage = language,
                };
            }
        }

        throw new InvalidOperationException(
            $"No '{kind}' template for '{language}' and no '{fallback}' template to fall back on.");
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
        return new RenderedPrompt(template.Id, text, PromptHash.Sha256Hex(text));
    }

    private static string Key(string kind, string language) => kind + "." + language;
}
