using System.Globalization;
using System.Text.Json;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

/// <summary>The built-in registry resolves the country names and codes of the real survey files in datasets/.</summary>
public sealed class CountrySurveyNamesTests
{
    private static readonly CountryRegistry Registry = CountryRegistry.BuiltIn;

    [Fact]
    public void Every_globalopinionqa_subset_country_name_resolves()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(RepoRoot.File("datasets", "external", "globalopinionqa", "global_opinions_subset.json")));
        var names = json.RootElement.EnumerateArray().Select(r => r.GetProperty("country").GetString()!).Distinct().ToList();

        Assert.Equal(130, names.Count);
        Assert.All(names, name => Assert.True(Registry.TryFind(name, out _), $"'{name}' resolves to no country"));
    }

    [Theory]
    [InlineData("S. Korea", "KR")]
    [InlineData("South Korea", "KR")]
    [InlineData("Britain", "GB")]
    [InlineData("Great Britain", "GB")]
    [InlineData("Northern Ireland", "XI")]
    [InlineData("Taiwan ROC", "TW")]
    [InlineData("Taiwan", "TW")]
    [InlineData("Palest. ter.", "PS")]
    [InlineData("Czech Rep.", "CZ")]
    [InlineData("Macau SAR", "MO")]
    [InlineData("Hong Kong SAR", "HK")]
    [InlineData("S. Africa (Non-national sample)", "ZA")]
    [InlineData("Brazil (Non-national sample)", "BR")]
    [InlineData("India (Old national sample)", "IN")]
    [InlineData("Ivory Coast (Non-national sample)", "CI")]
    [InlineData("Bosnia Herzegovina", "BA")]
    public void Globalopinionqa_spellings_resolve_to_their_country(string name, string alpha2)
    {
        Assert.True(Registry.TryFind(name, out var country));
        Assert.Equal(alpha2, country.Alpha2);
    }

    [Fact]
    public void Wvs7_country_labels_resolve_to_the_country_of_their_numeric_code()
    {
        var rows = WvsRows("B_COUNTRY");

        Assert.Equal(90, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.True(Registry.TryGetNumeric(int.Parse(row.Code, CultureInfo.InvariantCulture), out var byCode), $"no country has numeric {row.Code}");
            Assert.True(Registry.TryFind(row.Label, out var byName), $"'{row.Label}' resolves to no country");
            Assert.Equal(byCode.Alpha2, byName.Alpha2);
        });
    }

    [Fact]
    public void Wvs7_alpha3_codes_agree_with_their_labels_except_wvs_own_code_for_morocco()
    {
        var rows = WvsRows("B_COUNTRY_ALPHA");

        var disagree = rows.Where(r => !(Registry.TryGet(r.Code, out var byCode) && Registry.TryFind(r.Label, out var byName) && byCode == byName));

        // WVS writes MOR for Morocco; ISO 3166-1's alpha-3 is MAR. Crosswalks use B_COUNTRY (numeric).
        Assert.Equal(["MOR"], disagree.Select(r => r.Code));
        Assert.Equal(88, rows.Count);
    }

    [Theory]
    [InlineData("Korea, Republic of", "KR")]
    [InlineData("Republic of Korea", "KR")]
    [InlineData("Korea (South)", "KR")]
    [InlineData("  south   KOREA ", "KR")]
    [InlineData("대한민국", "KR")]
    [InlineData("KOR", "KR")]
    [InlineData("North Korea", "KP")]
    [InlineData("Czech Republic", "CZ")]
    [InlineData("Russia", "RU")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("Vietnam", "VN")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Turkey", "TR")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Turkiye", "TR")]
    [InlineData("Ivory Coast", "CI")]
    [InlineData("Cote d'Ivoire", "CI")]
    [InlineData("Palestinian territories", "PS")]
    [InlineData("Macao", "MO")]
    [InlineData("South Africa", "ZA")]
    [InlineData("Trinidad and Tobago", "TT")]
    [InlineData("UK", "GB")]
    [InlineData("Kosovo", "XK")]
    [InlineData("북아일랜드", "XI")]
    public void Common_survey_spellings_resolve(string name, string alpha2)
    {
        Assert.True(Registry.TryFind(name, out var country));
        Assert.Equal(alpha2, country.Alpha2);
    }

    private static List<(string Code, string Label)> WvsRows(string variable) =>
        CsvRows.Parse(File.ReadAllText(RepoRoot.File("datasets", "surveys", "sources", "wvs7", "codebook.csv")))
            .Where(r => r[0] == variable)
            .Select(r => (r[3]!, r[4]!))
            .ToList();
}
