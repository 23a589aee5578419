using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

public sealed class CountryRegistryTests
{
    private const string Custom = """
        countries:
          - alpha2: KR
            alpha3: KOR
            default_language: ko
            names: { ko: 대한민국, en: South Korea }
          - alpha2: fr
            alpha3: fra
            default_language: fr
            names:
              fr: France
              ko: 프랑스
        """;

    [Theory]
    [InlineData("KR")]
    [InlineData("KOR")]
    [InlineData("kr")]
    [InlineData("kor")]
    public void Built_in_finds_korea_by_either_code_in_any_case(string code)
    {
        var korea = CountryRegistry.BuiltIn.Get(code);

        Assert.Equal("KR", korea.Alpha2);
        Assert.Equal("KOR", korea.Alpha3);
        Assert.Equal(Language.Korean, korea.DefaultLanguage);
        Assert.Equal("대한민국", korea.NameIn(Language.Korean));
        Assert.Equal("Südkorea", korea.NameIn(Language.German));
    }

    [Fact]
    public void Built_in_has_the_five_countries_with_names_in_all_five_languages()
    {
        var registry = CountryRegistry.BuiltIn;

        Assert.Equal(["KR", "US", "CN", "DE", "JP"], registry.All.Select(c => c.Alpha2));
        Assert.Equal(["ko", "en", "zh", "de", "ja"], registry.All.Select(c => c.DefaultLanguage.Code));
        Assert.All(registry.All, c => Assert.Equal(5, c.Names.Count));
    }

    [Fact]
    public void Repository_file_loads_the_same_countries_as_the_embedded_copy()
    {
        var fromFile = CountryRegistry.Load(RepositoryFile("datasets/countries.yaml"));

        Assert.Equal(
            CountryRegistry.BuiltIn.All.Select(c => (c.Alpha2, c.Alpha3, string.Join(",", c.Names.Values))),
            fromFile.All.Select(c => (c.Alpha2, c.Alpha3, string.Join(",", c.Names.Values))));
    }

    [Fact]
    public void Unknown_code_is_reported_with_the_known_ones()
    {
        Assert.False(CountryRegistry.BuiltIn.TryGet("FR", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => CountryRegistry.BuiltIn.Get("FR"));
        Assert.Contains("KR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_file_adds_a_country_and_normalises_its_codes()
    {
        using var temp = new TempDirectory();
        var path = temp.File("countries.yaml");
        File.WriteAllText(path, Custom);

        var registry = CountryRegistry.Load(path);
        var france = registry.Get("FRA");

        Assert.Equal("FR", france.Alpha2);
        Assert.Equal("France", france.NameIn(Language.Parse("fr")));
        Assert.Equal("프랑스", france.NameIn(Language.Korean));
        Assert.Equal("FR", france.NameIn(Language.Japanese));
        Assert.Equal("South Korea", registry.Get("kr").NameIn(Language.Japanese));
    }

    [Theory]
    [InlineData("alpha3: fra", "alpha3: KO", 7, "alpha3 'KO' must be 3 ASCII letters")]
    [InlineData("default_language: fr", "default_language: french", 8, "not a BCP-47 language tag")]
    [InlineData("alpha2: fr", "alpha2: KR", 6, "'KR' is already used by the entry at line 2")]
    [InlineData("alpha3: fra", "colour: blue", 7, "unknown key 'colour'")]
    [InlineData("fr: France", "fr: [France", 11, "unexpected end of YAML")]
    [InlineData("alpha3: fra", "alpha3: 'fra", 7, "")]
    public void Bad_entry_error_names_file_and_line(string find, string replacement, int line, string reason)
    {
        using var temp = new TempDirectory();
        var path = temp.File("countries.yaml");
        File.WriteAllText(path, Custom.Replace(find, replacement, StringComparison.Ordinal));

        var error = Assert.Throws<CountryRegistryException>(() => CountryRegistry.Load(path));

        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_default_language_name_is_reported_at_its_entry()
    {
        var missing = Assert.Throws<CountryRegistryException>(() => CountryRegistry.Parse(
            new StringReader("countries:\n  - alpha2: KR\n    alpha3: KOR\n    default_language: ko\n    names: { en: Korea }\n"),
            "inline.yaml"));

        Assert.Equal(2, missing.Line);
        Assert.Contains("names must include the default language 'ko'", missing.Message, StringComparison.Ordinal);
    }

    private static string RepositoryFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
