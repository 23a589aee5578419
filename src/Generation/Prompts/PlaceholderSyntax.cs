using System.Text.RegularExpressions;

namespace ValueAtlas.Generation.Prompts;

internal static partial class PlaceholderSyntax
{
    public static IReadOnlySet<string> Names(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>A brace pair that is not a well-formed placeholder, e.g. <c>{{ name }}</c> or <c>{{Name}}</c>; null if none.</summary>
    public static string? FirstMalformed(string text)
    {
        var rest = Placeholder().Replace(text, string.Empty);
        var at = rest.IndexOf("{{", StringComparison.Ordinal);
        if (at < 0)
        {
            at = rest.IndexOf("}}", StringComparison.Ordinal);
        }

        return at < 0 ? null : rest.Substring(at, Math.Min(30, rest.Length - at));
    }

    // One pass, so a value that itself contains "{{x}}" is never expanded again.
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values[m.Groups["name"].Value]);

    [GeneratedRegex(@"\{\{(?<name>[a-z][a-z0-9_]*)\}\}")]
    private static partial Regex Placeholder();
}
