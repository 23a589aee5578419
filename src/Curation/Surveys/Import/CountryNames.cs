using System.Diagnostics.CodeAnalysis;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// Maps the country names of an imported file through the registry. A trailing "(… sample)" ("Brazil (Non-national
/// sample)", "India (Current national sample)") names a second sample of the country: the name before it is mapped
/// and the qualifier kept apart, because one question may hold both samples. Any other parenthesis is part of the
/// name ("Congo (Kinshasa)", "Korea (DPRK)") and must be known to the registry as written, never guessed by cutting it.
/// </summary>
public sealed partial class CountryNames(CountryRegistry registry)
{
    public bool TryMap(string name, [NotNullWhen(true)] out Country? country)
    {
        country = null;
        return Split(name) is { } split ? registry.TryFind(split.Country, out country) : registry.TryFind(name, out country);
    }

    /// <summary>The sample qualifier of "Name (… sample)", or "" when the name has none.</summary>
    public static string Qualifier(string name) => Split(name)?.Qualifier ?? "";

    private static (string Country, string Qualifier)? Split(string name) =>
        SampleQualifier().Match(name.Trim()) is { Success: true } match
            ? (match.Groups["country"].Value.Trim(), match.Groups["sample"].Value.Trim())
            : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<country>.+?)\s*\((?<sample>[^()]*\bsample)\)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SampleQualifier();
}
