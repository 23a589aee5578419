using System.Diagnostics.CodeAnalysis;

namespace ValueAtlas.Core.Domain;

/// <summary>The countries a run may name, looked up by alpha-2 or alpha-3 code in any case.</summary>
public sealed class CountryRegistry
{
    public const string DefaultPath = "datasets/countries.yaml";

    private const string ResourceName = "ValueAtlas.Core.countries.yaml";

    private static readonly Lazy<CountryRegistry> Embedded = new(LoadEmbedded);

    private readonly Dictionary<string, Country> _byCode;

    private CountryRegistry(IReadOnlyList<Country> countries)
    {
        All = countries;
        _byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            _byCode[country.Alpha2] = country;
            _byCode[country.Alpha3] = country;
        }
    }

    /// <summary>KR, US, CN, DE, JP from the copy of datasets/countries.yaml compiled into this assembly.</summary>
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

    public Country Get(string code) =>
        TryGet(code, out var country)
            ? country
            : throw new KeyNotFoundException(
                $"Unknown country '{code}'. Known: {string.Join(", ", All.Select(c => c.Alpha2))}. "
                + $"Add it to {DefaultPath}.");

    private static CountryRegistry LoadEmbedded()
    {
        var assembly = typeof(CountryRegistry).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader, $"{assembly.GetName().Name}:{DefaultPath}");
    }
}
