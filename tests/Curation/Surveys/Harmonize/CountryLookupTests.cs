using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Harmonize;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

public sealed class CountryLookupTests
{
    [Theory]
    [InlineData(CountryCodes.IsoNumeric, "410", "KR")]
    [InlineData(CountryCodes.IsoNumeric, "840.0", "US")]
    [InlineData(CountryCodes.IsoNumeric, "999", null)]
    [InlineData(CountryCodes.IsoNumeric, "410.5", null)]
    [InlineData(CountryCodes.IsoNumeric, "KR", null)]
    [InlineData(CountryCodes.IsoAlpha2, "kr", "KR")]
    [InlineData(CountryCodes.IsoAlpha2, "KOR", null)]
    [InlineData(CountryCodes.IsoAlpha3, "USA", "US")]
    [InlineData(CountryCodes.IsoAlpha3, "US", null)]
    [InlineData(CountryCodes.Names, "South Korea", "KR")]
    [InlineData(CountryCodes.Names, "대한민국", "KR")]
    [InlineData(CountryCodes.Names, "Atlantis", null)]
    [InlineData(CountryCodes.Map, "KR", null)]
    [InlineData(CountryCodes.Names, "", null)]
    public void Resolve_ByRule_AlphaTwoOrNull(string rule, string cell, string? expected)
    {
        Assert.Equal(expected, Resolve(new CrosswalkCountry { Variable = "C", Codes = rule }, cell));
    }

    [Fact]
    public void Resolve_MapEntry_WinsOverTheRuleAndComparesCodesAsNumbers()
    {
        var rule = new CrosswalkCountry { Variable = "C", Codes = CountryCodes.ValueLabels, Map = new() { ["1.0"] = "jp" } };
        var labels = new Dictionary<string, string> { ["1"] = "Germany", ["2"] = "Germany" };

        Assert.Equal("JP", Resolve(rule, "1", labels));
        Assert.Equal("DE", Resolve(rule, "2.0", labels));
        Assert.Null(Resolve(rule, "3", labels));
    }

    private static string? Resolve(CrosswalkCountry rule, string cell, IReadOnlyDictionary<string, string>? labels = null)
    {
        using var file = new FakeSurveyFile(["C"], [[cell]], labels);
        file.Next();
        return new CountryLookup(rule, CountryRegistry.BuiltIn, file.Variables[0]).Resolve(file, 0, out _);
    }
}
