using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Tests.Prompts;

public sealed class LetteredLinesTests
{
    private static readonly ProbeOption[] Three = [new(0, "one"), new(1, "two"), new(2, "three")];

    [Fact]
    public void Dotted_letters_the_options_in_the_given_order()
    {
        Assert.Equal("A. three\nB. one\nC. two", LetteredLines.Dotted([Three[2], Three[0], Three[1]]));
    }

    [Fact]
    public void Parenthesised_letters_as_globalopinionqa_did()
    {
        Assert.Equal("(A) one\n(B) two\n(C) three", LetteredLines.Parenthesised(Three));
    }

    [Fact]
    public void More_options_than_letters_are_refused()
    {
        ProbeOption[] many = [.. Enumerable.Range(0, 27).Select(i => new ProbeOption(i, $"o{i}"))];

        Assert.Throws<ArgumentOutOfRangeException>(() => LetteredLines.Dotted(many));
        Assert.Equal('Z', ValueAtlas.Evaluation.Answers.OptionLetters.Letter(25));
    }

    [Fact]
    public void No_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LetteredLines.Dotted([]));
    }
}
