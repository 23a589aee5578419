using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

/// <summary>numeric and aliases in a registry file, and the lines its errors name.</summary>
public sealed class CountryYamlTests
{
    private const string TwoKoreas = """
        countries:
          - alpha2: KR
            alpha3: KOR
            numeric: 410
            default_language: ko
            names: { ko: 대한민국, en: South Korea }
            aliases:
              - S. Korea
              - Korea, Republic of
          - alpha2: KP
            alpha3: PRK
            numeric: 408
            default_language: ko
            names: { ko: 조선민주주의인민공화국, en: North Korea }
            aliases: [N. Korea]
        """;

    [Fact]
    public void Numeric_and_aliases_are_read_and_looked_up()
    {
        var registry = Parse(TwoKoreas);

        Assert.True(registry.TryGetNumeric(408, out var north));
        Assert.Equal("KP", north.Alpha2);
        Assert.Equal(["S. Korea", "Korea, Republic of"], registry.Get("KR").Aliases);
        Assert.True(registry.TryFind("korea,  republic OF", out var south));
        Assert.Equal("KR", south.Alpha2);
        Assert.True(registry.TryFind("N. Korea", out north));
        Assert.Equal("KP", north.Alpha2);
    }

    [Fact]
    public void Numeric_and_aliases_are_optional_and_numeric_may_be_null()
    {
        var registry = Parse(TwoKoreas.Replace("numeric: 410", "numeric: null", StringComparison.Ordinal).Replace("\n    aliases: [N. Korea]", "", StringComparison.Ordinal));

        Assert.Null(registry.Get("KR").Numeric);
        Assert.Empty(registry.Get("KP").Aliases);
        Assert.False(registry.TryGetNumeric(410, out _));
    }

    [Fact]
    public void Numeric_with_leading_zeros_is_the_same_code()
    {
        Assert.Equal(8, Parse(TwoKoreas.Replace("numeric: 408", "numeric: '008'", StringComparison.Ordinal)).Get("KP").Numeric);
    }

    [Theory]
    [InlineData("numeric: 408", "numeric: 410", 12, "numeric 410 is already used by the entry at line 2")]
    [InlineData("numeric: 408", "numeric: 1000", 12, "numeric '1000' must be an ISO 3166-1 numeric code, 1 to 999")]
    [InlineData("numeric: 408", "numeric: -8", 12, "numeric '-8' must be")]
    [InlineData("numeric: 408", "numeric: [408]", 12, "numeric must be a single value")]
    [InlineData("aliases: [N. Korea]", "aliases: N. Korea", 15, "aliases must be a list of names")]
    [InlineData("aliases: [N. Korea]", "aliases: ['  ']", 15, "an alias is empty")]
    public void Bad_numeric_or_aliases_error_names_the_line(string find, string replacement, int line, string reason)
    {
        var error = Assert.Throws<CountryRegistryException>(() => Parse(TwoKoreas.Replace(find, replacement, StringComparison.Ordinal)));

        Assert.Equal(("two.yaml", line), (error.File, error.Line));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aliases: [N. Korea]", "aliases: [n.  korea, s. korea]", 15, "'s. korea' would name both KR (entry at line 2) and KP (entry at line 10)")]
    [InlineData("en: North Korea", "en: south korea", 14, "'south korea' would name both KR (entry at line 2) and KP (entry at line 10)")]
    [InlineData("- S. Korea", "- prk", 8, "'prk' would name both KP (entry at line 10) and KR (entry at line 2)")]
    public void Name_or_alias_of_two_countries_is_rejected_naming_both_entries(string find, string replacement, int line, string reason)
    {
        var error = Assert.Throws<CountryRegistryException>(() => Parse(TwoKoreas.Replace(find, replacement, StringComparison.Ordinal)));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"two.yaml:{line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_name_twice_in_one_country_is_fine()
    {
        var registry = Parse(TwoKoreas.Replace("aliases: [N. Korea]", "aliases: [North Korea, PRK, n. korea, N. Korea]", StringComparison.Ordinal));

        Assert.Equal(4, registry.Get("KP").Aliases.Count);
    }

    private static CountryRegistry Parse(string yaml) => CountryRegistry.Parse(new StringReader(yaml), "two.yaml");
}
