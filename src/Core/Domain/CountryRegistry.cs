using System.Diagnostics.CodeAnalysis;

namespace ValueAtlas.Core.Domain;

/// <summary>The countries a run may name, looked up by alpha-2, alpha-3 or numeric code, or by name or alias.</summary>
public sealed class CountryRegistry
{
    public const string DefaultPath = "datasets/countries.yaml";

    /// <summary>Where a missing country or spelling goes, for error messages.</summary>
    public const string WhereToAdd =
        "countries and their spellings come from datasets/countries.yaml, which scripts/countries/generate.py writes: "
        + "add a spelling to scripts/countries/aliases.yaml, a country outside ISO 3166-1 to NON_ISO in generate.py, and rerun it";

    private const string ResourceName = "ValueAtlas.Core.countries.yaml";

    private static readonly Lazy<CountryRegistry> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, Country> _byCode;
    private readonly Dictionary<int, Country> _byNumeric = [];
    private readonly Dictionary<string, Country> _byName = new(StringComparer.Ordinal);

    private CountryRegistry(IReadOnlyList<Country> countries)
    {
        All = countries;
        _byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            _byCode[country.Alpha2] = country;
            _byCode[country.Alpha3] = country;
            if (country.Numeric is { } numeric)
            {
                _byNumeric[numeric] = country;
            }

            foreach (var name in country.Names.Values.Concat(country.Aliases))
            {
                _byName.TryAdd(NameKey(name), country);
            }
        }
    }

    /// <summary>Every ISO 3166-1 country (and Kosovo, Northern Ireland) from the copy of datasets/countries.yaml compiled into this assembly.</summary>
    public static CountryRegistry BuiltIn => Embedded.Value;

    /// <summary>In file order.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <exception cref="CountryRegistryException">The file is not valid; the message names the file and line.</exception>
    public static CountryRegistry Load(string path)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <param name="yaml">The registry text.</param>
    /// <param name="sourceName">Used in error messages in place of a file path.</param>
    public static CountryRegistry Parse(TextReader yaml, string sourceName) =>
        new(new CountryYaml(sourceName).Parse(yaml));

    public bool TryGet([NotNullWhen(true)] string? code, [NotNullWhen(true)] out Country? country)
    {
        country = null;
        return code is not null && _byCode.TryGetValue(code.Trim(), out country);
    }

    /// <summary>By ISO 3166-1 numeric code (410 → KR).</summary>
    public bool TryGetNumeric(int numeric, [NotNullWhen(true)] out Country? country) =>
        _byNumeric.TryGetValue(numeric, out country);

    /// <summary>
    /// By alpha-2 or alpha-3 code, a name in any language the registry lists, or an alias; case, accents' width,
    /// surrounding space and repeated spaces do not matter ("S. Korea", "south korea", "대한민국", "KOR").
    /// </summary>
    public bool TryFind([NotNullWhen(true)] string? codeOrName, [NotNullWhen(true)] out Country? country)
    {
        country = null;
        if (string.IsNullOrWhiteSpace(codeOrName))
        {
            return false;
        }

        return TryGet(codeOrName, out country) || _byName.TryGetValue(NameKey(codeOrName), out country);
    }

    public Country Get(string code) =>
        TryGet(code, out var country)
            ? country
            : throw new KeyNotFoundException($"Unknown country '{code}'; {DescribeClosest(code)}. {WhereToAdd}.");

    /// <summary>
    /// Up to <paramref name="count"/> countries whose code, name or alias is within a few edits of
    /// <paramref name="codeOrName"/>, nearest first, for "did you mean" messages; with 250 countries a
    /// list of all codes would bury the answer.
    /// </summary>
    public IReadOnlyList<Country> Closest(string codeOrName, int count = 3) =>
        CountryDistance.Closest(All, NameKey(codeOrName), count);

    /// <summary>"closest: FR (France), FO (Faroe Islands)", or a sentence saying no country is a few edits away.</summary>
    public string DescribeClosest(string codeOrName) =>
        Closest(codeOrName) is { Count: > 0 } closest
            ? "closest: " + string.Join(", ", closest.Select(c => $"{c.Alpha2} ({c.NameIn(Language.English)})"))
            : "no country has a similar code or name";

    internal static string NameKey(string name) =>
        string.Join(' ', name.Normalize(System.Text.NormalizationForm.FormKC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .ToUpperInvariant();

    private static CountryRegistry LoadEmbedded()
    {
        var assembly = typeof(CountryRegistry).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, $"{assembly.GetName().Name}:{DefaultPath}");
    }
}
