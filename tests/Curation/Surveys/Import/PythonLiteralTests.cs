using ValueAtlas.Curation.Surveys.Import;

namespace ValueAtlas.Curation.Tests.Surveys.Import;

public sealed class PythonLiteralTests
{
    [Fact]
    public void DefaultDictRepr_ReadsAsItsDictInOrder()
    {
        var value = PythonLiteral.Parse("defaultdict(<class 'list'>, {'S. Korea': [0.5, 0.25, 0.25], \"Côte d'Ivoire\": [1, 0.0, nan]})");

        var dict = Assert.IsType<PythonDict>(value);
        Assert.Equal(["S. Korea", "Côte d'Ivoire"], dict.Entries.Select(e => e.Key));
        Assert.Equal([0.5, 0.25, 0.25], Assert.IsType<List<object?>>(dict.Entries[0].Value));
        var second = Assert.IsType<List<object?>>(dict.Entries[1].Value);
        Assert.Equal(1.0, second[0]);
        Assert.True(double.IsNaN((double)second[2]!));
    }

    [Theory]
    [InlineData(@"'Don\'t know'", "Don't know")]
    [InlineData("\"Don't know\"", "Don't know")]
    [InlineData(@"'a\\b\nc\td'", "a\\b\nc\td")]
    [InlineData(@"'\xe9\u2019\U0001F600'", "é\u2019\U0001F600")]
    [InlineData(@"'\101'", "A")]
    [InlineData("'한국어 “quoted”'", "한국어 “quoted”")]
    public void String_WithEscapes_ReadsAsPythonWould(string literal, string expected) =>
        Assert.Equal(expected, PythonLiteral.Parse(literal));

    [Fact]
    public void List_OfMixedScalars_KeepsTypes()
    {
        var list = Assert.IsType<List<object?>>(PythonLiteral.Parse("['Not important at all', 1.0, 2, -3.5e-2, True, None, -inf, ]"));

        Assert.Equal(["Not important at all", 1.0, 2.0, -0.035, true, null, double.NegativeInfinity], list);
    }

    [Theory]
    [InlineData("['a', 'b'", 9, "',' or ']', found the end of the text")]
    [InlineData("['a' 'b']", 5, "',' or ']'")]
    [InlineData("{'a': [1, 2,, 3]}", 12, "a string, number")]
    [InlineData("['unterminated]", 1, "a string closed by '")]
    [InlineData(@"['\d']", 2, "an escape repr writes")]
    [InlineData("defaultdict(list, {})", 12, "'<'")]
    [InlineData("[1.2.3]", 1, "a number, not '1.2.3'")]
    [InlineData("[nope]", 1, "not the name 'nope'")]
    [InlineData("['a'] extra", 6, "the end of the literal")]
    [InlineData(@"['\U0000D800']", 12, "a Unicode scalar value")]
    [InlineData(@"['\UFFFFFFFF']", 12, "a Unicode scalar value")]
    public void Malformed_Throws_WithCharacterOffset(string literal, int offset, string expected)
    {
        var error = Assert.Throws<LiteralSyntaxException>(() => PythonLiteral.Parse(literal));

        Assert.Equal(offset, error.Offset);
        Assert.Contains(expected, error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void DeeplyNested_RefusedWithOffset_InsteadOfOverflowingTheStack()
    {
        var error = Assert.Throws<LiteralSyntaxException>(() => PythonLiteral.Parse(new string('[', 100_000)));

        Assert.Equal(64, error.Offset);
        Assert.Contains("nested at most 64 deep", error.Expected, StringComparison.Ordinal);
    }
}
