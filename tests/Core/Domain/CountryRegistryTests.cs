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
    public void Built_in_keeps_the_five_first_countries_names_and_languages()
    {
        var registry = CountryRegistry.BuiltIn;

        var five = new[] { "KR", "US", "CN", "DE", "JP" }.Select(registry.Get).ToList();

        Assert.Equal(["ko", "en", "zh", "de", "ja"], five.Select(c => c.DefaultLanguage.Code));
        Assert.All(five, c => Assert.Equal(["ko", "en", "zh", "de", "ja"], c.Names.Keys));
        Assert.Equal(["대한민국", "South Korea", "韩国", "Südkorea", "韓国"], registry.Get("KR").Names.Values);
        Assert.Equal(["미국", "United States", "美国", "Vereinigte Staaten", "アメリカ合衆国"], registry.Get("US").Names.Values);
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
    public void Unknown_code_is_reported_with_the_closest_ones_and_where_to_add_it()
    {
        Assert.False(CountryRegistry.BuiltIn.TryGet("KRR", out _));
        var error = Assert.Throws<KeyNotFoundException>(() => CountryRegistry.BuiltIn.Get("KRR"));

        Assert.Contains("Unknown country 'KRR'; closest: KR (South Korea)", error.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/countries/aliases.yaml", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ZW", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sout Korea", "KR")]
    [InlineData("Germny", "DE")]
    [InlineData("JPNN", "JP")]
    public void Closest_finds_a_misspelt_name_or_code(string lookup, string expected)
    {
        Assert.Equal(expected, CountryRegistry.BuiltIn.Closest(lookup)[0].Alpha2);
    }

    [Fact]
    public void Closest_is_empty_for_nothing_alike()
    {
        Assert.Empty(CountryRegistry.BuiltIn.Closest("Atlantis of the Deep Sea"));
        Assert.Equal("no country has a similar code or name", CountryRegistry.BuiltIn.DescribeClosest("Atlantis of the Deep Sea"));
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
