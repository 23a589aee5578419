namespace ValueAtlas.Core.Domain;

/// <summary>An ISO 3166-1 country (or a survey's country outside it, XK, XI) as listed in the registry (datasets/countries.yaml).</summary>
public sealed record Country
{
    /// <summary>ISO 3166-1 alpha-2, upper case (KR).</summary>
    public required string Alpha2 { get; init; }

    /// <summary>ISO 3166-1 alpha-3, upper case (KOR).</summary>
    public required string Alpha3 { get; init; }

    /// <summary>
    /// ISO 3166-1 numeric (410), or null for a registry entry that has none. The two built-in entries outside
    /// ISO 3166-1 carry the code WVS and EVS give them, from ISO's user-assigned range: Kosovo 915, Northern Ireland 909.
    /// </summary>
    public int? Numeric { get; init; }

    /// <summary>Other names the country goes by in survey files and datasets ("S. Korea", "Korea, Republic of").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Country name keyed by language code (ko → 대한민국).</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    public required Language DefaultLanguage { get; init; }

    /// <summary>The name in the given language, else in English, else the alpha-2 code, so prompts never get an empty name.</summary>
    public string NameIn(Language language) =>
        Names.GetValueOrDefault(language.Code)
        ?? Names.GetValueOrDefault(language.Code.Split('-')[0])
        ?? Names.GetValueOrDefault(Language.English.Code)
        ?? Alpha2;

    public override string ToString() => Alpha2;
}
