using Microsoft.SemanticKernel;
using ValueAtlas.Core.Config;

namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// Reads one <c>{step}.{lang}.txt</c> into a <see cref="PromptTemplate"/>. Checked when loaded, not when first rendered,
/// so a bad override fails a run before any model call, with every problem of the file at once.
/// </summary>
internal static class PromptFile
{
    public const string Suffix = ".txt";

    // origin: the path, or resource name, that errors name.
    public static PromptTemplate Parse(string fileName, string rawText, string origin)
    {
        var parts = fileName[..^Suffix.Length].Split('.');
        if (parts.Length != 2 || !PromptSteps.IsKnown(parts[0]) || parts[1].Length == 0)
        {
            throw Refuse(origin, 0, 0,
                $"a prompt template must be named {{step}}.{{lang}}.txt with step one of: {string.Join(", ", PromptSteps.All)}");
        }

        var step = parts[0];
        var language = parts[1].ToLowerInvariant();

        // A checkout with CRLF line endings must hash to the same id, and render the same prompt, as one with LF.
        var text = rawText.ReplaceLineEndings("\n");

        IReadOnlySet<string> used;
        try
        {
            used = KernelTemplates.Parse(text).Variables;
        }
        catch (KernelException e)
        {
            var (line, column) = TemplateSyntax.FirstStray(text) is { } stray ? TemplateSyntax.Position(text, stray.Index) : (0, 0);
            throw Refuse(origin, line, column, $"not a valid Semantic Kernel template: {e.Message}");
        }

        if (TemplateSyntax.FirstStray(text) is { } brace)
        {
            var (line, column) = TemplateSyntax.Position(text, brace.Index);
            throw Refuse(origin, line, column, TemplateSyntax.LegacyNameAt(text, brace.Index) is { } legacy
                ? $"{{{{{legacy}}}}} is the placeholder spelling from before prompts were Semantic Kernel templates; write {{{{${legacy}}}}}"
                : $"'{brace.Near}' is not a variable: a prompt template may use only {{{{$name}}}} variables ({Names(step)})");
        }

        var errors = new List<ConfigError>();
        foreach (var unknown in used.Where(name => !PromptSteps.Placeholders(step).Contains(name)).Order(StringComparer.Ordinal))
        {
            var (line, column) = TemplateSyntax.Position(text, TemplateSyntax.IndexOf(text, unknown));
            errors.Add(new ConfigError(origin, line, column, "",
                $"unknown variable {{{{${unknown}}}}}; the '{step}' step's variables are {Names(step)}"));
        }

        var missing = PromptSteps.Placeholders(step).Where(name => !used.Contains(name)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ConfigError(origin, 0, 0, "",
                $"a '{step}' template must use every one of its variables; missing: {string.Join(", ", missing.Select(n => "{{$" + n + "}}"))}"));
        }

        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var id = $"{step}.{language}@{PromptLibrary.Sha256Hex(TemplateSyntax.Canonical(text))[..12]}";
        return new PromptTemplate(id, step, language, text);
    }

    private static string Names(string step) =>
        string.Join(", ", PromptSteps.Placeholders(step).Order(StringComparer.Ordinal).Select(n => "{{$" + n + "}}"));

    private static ConfigException Refuse(string origin, int line, int column, string message) =>
        new(new ConfigError(origin, line, column, "", message));
}
