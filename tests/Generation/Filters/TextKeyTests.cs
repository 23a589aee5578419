using ValueAtlas.Generation.Filters;

namespace ValueAtlas.Generation.Tests.Filters;

public sealed class TextKeyTests
{
    [Fact]
    public void Full_width_question_mark_and_extra_spaces_collide()
    {
        Assert.Equal(TextKey.Normalise("사형제를 폐지해야 합니까?"), TextKey.Normalise("사형제를  폐지해야 합니까 ？"));
    }

    [Theory]
    [InlineData("“사형제”를 폐지해야 합니까？")]
    [InlineData("「사형제」를 폐지해야 합니까！")]
    [InlineData("사형제를，폐지해야 합니까。")]
    [InlineData("『사형제』를 폐지해야 합니까…")]
    [InlineData("\t사형제를\u3000폐지해야\n합니까")]
    public void Cjk_punctuation_and_whitespace_are_erased(string variant)
    {
        Assert.Equal("사형제를폐지해야합니까", TextKey.Normalise(variant));
    }

    [Fact]
    public void Conjoining_jamo_compose_to_the_same_key_as_syllables()
    {
        var jamo = "\u1112\u1161\u11AB\u1100\u116E\u11A8"; // 한국 as leading/vowel/trailing jamo
        Assert.Equal(TextKey.Normalise("한국"), TextKey.Normalise(jamo));
    }

    [Fact]
    public void Full_width_latin_and_case_fold_together()
    {
        Assert.Equal(TextKey.Normalise("Is LGBT equality important?"), TextKey.Normalise("ｉｓ ｌｇｂｔ Equality important"));
    }

    [Fact]
    public void Zero_width_space_is_erased()
    {
        Assert.Equal(TextKey.Normalise("사형제"), TextKey.Normalise("사형\u200B제"));
    }

    [Fact]
    public void Different_words_keep_different_keys()
    {
        Assert.NotEqual(TextKey.Normalise("사형제를 폐지해야 합니까?"), TextKey.Normalise("사형제를 유지해야 합니까?"));
    }

    [Fact]
    public void Math_and_currency_symbols_are_kept()
    {
        Assert.NotEqual(TextKey.Normalise("₩10 세금"), TextKey.Normalise("10 세금"));
        Assert.NotEqual(TextKey.Normalise("1 + 1"), TextKey.Normalise("11"));
    }
}
