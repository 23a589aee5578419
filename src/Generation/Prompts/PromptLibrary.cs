using System.Security.Cryptography;
using System.Text;

namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// The prompt templates for every step and language: the built-in files embedded in this
/// assembly, optionally replaced file by file from a folder a run config names.
/// </summary>
public sealed class PromptLibrary
{
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "ValueAtlas.Generation.Prompts.";
    private const string FileSuffix = ".txt";

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
        foreach (var file in Directory.EnumerateFiles(folder, "*" + FileSuffix).Order(StringComparer.Ordinal))
        {
            var template = Parse(Path.GetFileName(file), File.ReadAllText(file, Encoding.UTF8), file);
            templates[Key(template.Step, template.Language)] = template;
        }

        return new PromptLibrary(templates);
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
    /// Fills every <c>{{name}}</c>. A placeholder without a value, or a value without a placeholder,
    /// is an error: either means the template and the calling code have drifted apart.
    /// </summary>
    public static RenderedPrompt Render(PromptTemplate template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);

        var used = PlaceholderSyntax.Names(template.Text);
        var missing = used.Where(name => !values.ContainsKey(name)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (missing is not null)
        {
            throw new InvalidOperationException(
                $"Template {template.Id} uses placeholder {{{{{missing}}}}} but no value was given for it.");
        }

        var extra = values.Keys.Where(name => !used.Contains(name)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (extra is not null)
        {
            throw new InvalidOperationException(
                $"A value was given for placeholder {{{{{extra}}}}} but template {template.Id} does not use it.");
        }

        var text = PlaceholderSyntax.Fill(template.Text, values);
        return new RenderedPrompt(template.Id, text, Sha256Hex(text));
    }

    private static PromptLibrary LoadBuiltIn()
    {
        var assembly = typeof(PromptLibrary).Assembly;
        var templates = new Dictionary<string, PromptTemplate>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                                 && n.EndsWith(FileSuffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var template = Parse(resource[ResourcePrefix.Length..], reader.ReadToEnd(), resource);
            templates[Key(template.Step, template.Language)] = template;
        }

        return new PromptLibrary(templates);
    }

    // Checked when loaded, not when first rendered, so a bad override fails a run before any model call.
    private static PromptTemplate Parse(string fileName, string rawText, string origin)
    {
        var parts = fileName[..^FileSuffix.Length].Split('.');
        if (parts.Length != 2 || !PromptSteps.IsKnown(parts[0]) || parts[1].Length == 0)
        {
            throw new InvalidDataException(
                $"Prompt template '{origin}' must be named {{step}}.{{lang}}.txt with step one of: {string.Join(", ", PromptSteps.All)}.");
        }

        var step = parts[0];
        var language = parts[1].ToLowerInvariant();

        // A checkout with CRLF line endings must hash to the same id as one with LF.
        var text = rawText.ReplaceLineEndings("\n");

        var malformed = PlaceholderSyntax.FirstMalformed(text);
        if (malformed is not null)
        {
            throw new InvalidDataException(
                $"Prompt template '{origin}' has a brace pair that is not a {{{{lower_snake}}}} placeholder near: {malformed}");
        }

        var required = PromptSteps.Placeholders(step);
        var used = PlaceholderSyntax.Names(text);
        var missing = required.Except(used).Order(StringComparer.Ordinal).ToList();
        var extra = used.Except(required).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new InvalidDataException(
                $"Prompt template '{origin}' must use exactly the '{step}' placeholders; "
                + $"missing: [{string.Join(", ", missing)}], unknown: [{string.Join(", ", extra)}].");
        }

        var id = $"{step}.{language}@{Sha256Hex(text)[..12]}";
        return new PromptTemplate(id, step, language, text);
    }

    private static string Key(string step, string language) => step + "." + language;

    private static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
