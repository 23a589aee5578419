namespace ValueAtlas.Generation.Prompts;

/// <summary>
/// The words for the <c>{{$controversial_phrase}}</c> variable of the topics step. They must be in
/// the template's own language and match the terms the built-in templates define, hence one table.
/// </summary>
public static class ControversyPhrases
{
    private static readonly Dictionary<string, (string Controversial, string Uncontroversial)> Phrases =
        new(StringComparer.Ordinal)
        {
            ["ko"] = ("논쟁적인", "논쟁의 여지가 없는"),
            ["en"] = ("controversial", "uncontroversial"),
            ["zh"] = ("有争议的", "没有争议的"),
            ["de"] = ("kontroverse", "unumstrittene"),
            ["ja"] = ("議論が分かれる", "議論の余地がない"),
        };

    /// <summary>Pass <see cref="Core.Prompts.PromptTemplate.Language"/>, not the requested language, so a fallback template gets English words.</summary>
    public static string For(string language, bool controversial)
    {
        ArgumentNullException.ThrowIfNull(language);
        var primary = language.Trim().Replace('_', '-').ToLowerInvariant().Split('-')[0];
        if (!Phrases.TryGetValue(primary, out var phrases))
        {
            throw new ArgumentException(
                $"No controversy phrase for language '{language}'; a template in that language must be given its own. "
                + $"Known: {string.Join(", ", Phrases.Keys.Order(StringComparer.Ordinal))}.",
                nameof(language));
        }

        return controversial ? phrases.Controversial : phrases.Uncontroversial;
    }
}
