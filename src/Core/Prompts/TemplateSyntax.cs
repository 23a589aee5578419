using System.Text.RegularExpressions;

namespace ValueAtlas.Core.Prompts;

/// <summary>
/// What ValueAtlas allows of Semantic Kernel's template syntax: variables (<c>{{$name}}</c>, spaces inside the braces
/// allowed) and nothing else. SK itself would render a stray <c>{{</c> as text and call a kernel function for
/// <c>{{name}}</c>; here both are refused when the template is loaded, so a prompt is a pure function of its step's values.
/// </summary>
internal static partial class TemplateSyntax
{
    /// <summary>The first brace pair that is not a variable, with its 0-based index; null if there is none.</summary>
    public static (int Index, string Near)? FirstStray(string text)
    {
        // Blanked, not removed, so an index into the rest is an index into the text.
        var rest = Variable().Replace(text, m => new string(' ', m.Length));
        var at = rest.IndexOf("{{", StringComparison.Ordinal);
        var close = rest.IndexOf("}}", StringComparison.Ordinal);
        if (at < 0 || (close >= 0 && close < at))
        {
            at = close;
        }

        return at < 0 ? null : (at, text.Substring(at, Math.Min(30, text.Length - at)).Split('\n')[0]);
    }

    /// <summary>The name in a pre-SK placeholder (<c>{{name}}</c>) starting at <paramref name="index"/>; null if there is none.</summary>
    public static string? LegacyNameAt(string text, int index)
    {
        var match = Legacy().Match(text, index);
        return match.Success && match.Index == index ? match.Groups["name"].Value : null;
    }

    /// <summary>The 0-based index of the first use of variable <paramref name="name"/>; -1 if it is not used.</summary>
    public static int IndexOf(string text, string name) =>
        Variable().Matches(text).FirstOrDefault(m => m.Groups["name"].Value == name)?.Index ?? -1;

    /// <summary>
    /// The text with every variable written <c>{{name}}</c>, the spelling before prompts were SK templates: what a
    /// template's id hashes, so ids recorded in provenance then still name the same template.
    /// </summary>
    public static string Canonical(string text) => Variable().Replace(text, m => "{{" + m.Groups["name"].Value + "}}");

    /// <summary>1-based line and column of a 0-based index.</summary>
    public static (int Line, int Column) Position(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return (before.Count('\n') + 1, index - lineStart + 1);
    }

    [GeneratedRegex(@"\{\{[ \t]*\$(?<name>[A-Za-z0-9_]+)[ \t]*\}\}")]
    private static partial Regex Variable();

    [GeneratedRegex(@"\{\{(?<name>[a-z][a-z0-9_]*)\}\}")]
    private static partial Regex Legacy();
}
