using Microsoft.SemanticKernel;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Core.Prompts;

/// <summary>
/// Whether a template text is one ValueAtlas can render for a given set of variables: SK can parse it, it holds
/// nothing but variables, and it uses each of them and no other. Knows nothing of generation steps, so any stage's
/// templates can be checked with it.
/// </summary>
internal static class TemplateCheck
{
    /// <param name="text">The template, line endings already LF.</param>
    /// <param name="origin">The file (or resource) the errors name.</param>
    /// <param name="owner">Who defines <paramref name="variables"/>, for messages, e.g. <c>the 'options' step</c>.</param>
    /// <param name="variables">The variables the template must use, no more and no fewer.</param>
    /// <returns>Every problem, in the file's order where it has a place; empty if the template is fine.</returns>
    public static IReadOnlyList<ConfigError> Errors(string text, string origin, string owner, IReadOnlySet<string> variables)
    {
        IReadOnlySet<string> used;
        try
        {
            used = KernelTemplates.Parse(text).Variables;
        }
        catch (KernelException e)
        {
            var (line, column) = TemplateSyntax.FirstStray(text) is { } stray ? TemplateSyntax.Position(text, stray.Index) : (0, 0);
            return [new ConfigError(origin, line, column, "", $"not a valid Semantic Kernel template: {e.Message}")];
        }

        if (TemplateSyntax.FirstStray(text) is { } brace)
        {
            var (line, column) = TemplateSyntax.Position(text, brace.Index);
            return [new ConfigError(origin, line, column, "", TemplateSyntax.LegacyNameAt(text, brace.Index) is { } legacy
                ? $"{{{{{legacy}}}}} is the placeholder spelling from before prompts were Semantic Kernel templates; write {{{{${legacy}}}}}"
                : $"'{brace.Near}' is not a variable: a prompt template may use only {{{{$name}}}} variables ({Names(variables)})")];
        }

        var errors = new List<ConfigError>();
        foreach (var unknown in used.Where(name => !variables.Contains(name)).OrderBy(name => TemplateSyntax.IndexOf(text, name)))
        {
            var (line, column) = TemplateSyntax.Position(text, TemplateSyntax.IndexOf(text, unknown));
            errors.Add(new ConfigError(origin, line, column, "", $"unknown variable {{{{${unknown}}}}}; {owner}'s variables are {Names(variables)}"));
        }

        var missing = variables.Where(name => !used.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ConfigError(origin, 0, 0, "",
                $"a template of {owner} must use every one of its variables; missing: {Names(missing)}"));
        }

        return errors;
    }

    private static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal).Select(n => "{{$" + n + "}}"));
}
