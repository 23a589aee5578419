using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

public sealed class CountryCoverageTests
{
    private static readonly CountryRegistry Registry = CountryRegistry.BuiltIn;

    [Fact]
    public void Built_in_lists_the_249_iso_countries_and_the_two_survey_extras()
    {
        Assert.True(Registry.All.Count >= 249);
        Assert.Equal(Registry.All.Count, Registry.All.Select(c => c.Alpha2).Distinct().Count());
        Assert.Equal(249, Registry.All.Count(c => c.Numeric is < 900));
        Assert.Equal(["XI", "XK"], Registry.All.Where(c => c.Numeric is not < 900).Select(c => c.Alpha2).Order());
    }

    [Fact]
    public void Every_entry_has_english_and_korean_names_and_a_named_default_language()
    {
        Assert.All(Registry.All, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Names.GetValueOrDefault("en")), $"{c}: no en name");
            Assert.False(string.IsNullOrWhiteSpace(c.Names.GetValueOrDefault("ko")), $"{c}: no ko name");
            Assert.True(Language.TryParse(c.DefaultLanguage.Code, out _), $"{c}: {c.DefaultLanguage}");
            Assert.True(c.Names.ContainsKey(c.DefaultLanguage.Code), $"{c}: no name in {c.DefaultLanguage}");
        });
    }

    [Theory]
    [InlineData(410, "KR")]
    [InlineData(840, "US")]
    [InlineData(4, "AF")]
    [InlineData(826, "GB")]
    [InlineData(158, "TW")]
    [InlineData(909, "XI")]
    [InlineData(915, "XK")]
    public void Numeric_code_finds_its_country(int numeric, string alpha2)
    {
        Assert.True(Registry.TryGetNumeric(numeric, out var country));
        Assert.Equal(alpha2, country.Alpha2);
    }

    [Fact]
    public void Unassigned_numeric_code_finds_nothing()
    {
        Assert.False(Registry.TryGetNumeric(1, out _));
    }

    [Fact]
    public async Task Repository_file_is_what_the_generator_writes_from_the_committed_cldr_extract()
    {
        // --check regenerates in memory and fails when datasets/countries.yaml differs, e.g. after a hand edit.
        await ExternalTool.RunAsync("python3", RepoRoot.Path, "scripts/countries/generate.py", "--check");
    }
}
