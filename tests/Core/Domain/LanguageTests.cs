using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Core.Tests.Domain;

public sealed class LanguageTests
{
    [Theory]
    [InlineData("ko", "한국어")]
    [InlineData("en", "English")]
    [InlineData("zh", "中文")]
    [InlineData("de", "Deutsch")]
    [InlineData("ja", "日本語")]
    public void Built_in_codes_have_their_native_name(string code, string nativeName)
    {
        var language = Language.Parse(code);

        Assert.Equal(code, language.Code);
        Assert.Equal(nativeName, language.NativeName);
    }

    [Theory]
    [InlineData("KO", "ko")]
    [InlineData("zh-hant-tw", "zh-Hant-TW")]
    [InlineData("en-us", "en-US")]
    [InlineData("es-419", "es-419")]
    public void Parse_puts_subtags_in_canonical_case(string input, string canonical) =>
        Assert.Equal(canonical, Language.Parse(input).Code);

    [Fact]
    public void Regional_variant_falls_back_to_primary_native_name_and_unknown_code_to_itself()
    {
        Assert.Equal("中文", Language.Parse("zh-Hant").NativeName);
        Assert.Equal("sw", Language.Parse("sw").NativeName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("k")]
    [InlineData("korean")]
    [InlineData("ko_KR")]
    [InlineData("ko-")]
    [InlineData(" ko")]
    public void Parse_rejects_malformed_tags(string code)
    {
        Assert.False(Language.TryParse(code, out _));
        Assert.Throws<FormatException>(() => Language.Parse(code));
    }

    [Fact]
    public void Json_holds_the_bare_code_and_reads_back_equal()
    {
        var json = JsonSerializer.Serialize(Language.Korean, ArtifactJson.Options);

        Assert.Equal("\"ko\"", json);
        Assert.Equal(Language.Korean, JsonSerializer.Deserialize<Language>(json, ArtifactJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Language>("\"ko_KR\"", ArtifactJson.Options));
    }
}
