using ValueAtlas.Evaluation.Answers;

namespace ValueAtlas.Evaluation.Tests.Answers;

public sealed class OptionLettersTests
{
    [Theory]
    [InlineData("A")]
    [InlineData(" A")]
    [InlineData("▁A")]
    [InlineData("ĠA")]
    [InlineData("\nA")]
    [InlineData("(A")]
    [InlineData("A)")]
    [InlineData("A.")]
    [InlineData("A:")]
    [InlineData("**A")]
    [InlineData(">A")]
    [InlineData("[A]")]
    [InlineData(" (A)")]
    [InlineData("a")]
    [InlineData(" a")]
    [InlineData("Ａ")]
    [InlineData("ａ")]
    [InlineData("А")] // Cyrillic
    [InlineData("а")] // Cyrillic lowercase
    [InlineData("A번")]
    [InlineData("A)번")]
    [InlineData("<0x41>")]
    public void Fold_VariantOfA_IsOptionZero(string token) => Assert.Equal(0, OptionLetters.Fold(token, 4));

    [Theory]
    [InlineData("B", 1)]
    [InlineData("Ｄ", 3)]
    [InlineData("С", 2)] // Cyrillic Es looks like C
    [InlineData("В", 1)] // Cyrillic Ve looks like B
    [InlineData(" d.", 3)]
    public void Fold_OtherLetters_MapToTheirOption(string token, int expected) => Assert.Equal(expected, OptionLetters.Fold(token, 4));

    [Theory]
    [InlineData("**")]
    [InlineData(" ")]
    [InlineData("(")]
    [InlineData("\n")]
    [InlineData("")]
    [InlineData("AB")]
    [InlineData("Answer")]
    [InlineData("The")]
    [InlineData("번")]
    [InlineData("1")]
    [InlineData("<0x20>")]
    [InlineData("Б")] // Cyrillic Be: not drawn like B
    public void Fold_NotALoneLetter_IsNoOption(string token) => Assert.Null(OptionLetters.Fold(token, 4));

    [Fact]
    public void Fold_LetterBeyondTheOptions_IsNoOption()
    {
        Assert.Null(OptionLetters.Fold("C", 2));
        Assert.Equal(2, OptionLetters.LetterOf("C"));
    }

    [Fact]
    public void Letter_IsAPlusIndex()
    {
        Assert.Equal('A', OptionLetters.Letter(0));
        Assert.Equal('Z', OptionLetters.Letter(25));
        Assert.Throws<ArgumentOutOfRangeException>(() => OptionLetters.Letter(26));
    }
}
