using System.Diagnostics.CodeAnalysis;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// Maps the country names of an imported file through the registry. A name with a trailing qualifier in parentheses
/// ("Brazil (Non-national sample)") that the registry does not list as such maps as the name before it; the
/// qualifier is kept apart, because one question may hold both samples of one country.
/// </summary>
public sealed class CountryNames(CountryRegistry registry)
{
    public bool TryMap(string name, [NotNullWhen(true)] out Country? country) =>
        registry.TryFind(name, out country) || (Split(name) is { } split && registry.TryFind(split.Country, out country));

    /// <summary>The qualifier of "Name (qualifier)", or "" when the name has none.</summary>
    public static string Qualifier(string name) => Split(name)?.Qualifier ?? "";

    private static (string Country, string Qualifier)? Split(string name)
    {
        var trimmed = name.Trim();
        var open = trimmed.LastIndexOf(" (", StringComparison.Ordinal);
        return trimmed.EndsWith(')') && open > 0
            ? (trimmed[..open], trimmed[(open + 2)..^1].Trim())
            : null;
    }
}
