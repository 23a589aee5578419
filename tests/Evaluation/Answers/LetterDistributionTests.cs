using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Answers;

namespace ValueAtlas.Evaluation.Tests.Answers;

public sealed class LetterDistributionTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void FromLogprobs_MarkupFirst_ReadsTheLettersAtTheNextPosition()
    {
        TokenPosition[] positions =
        [
            Position(("**", -0.01), ("\n", -4.7)),
            Position(("B", -0.5), ("A", -1.2), ("**", -3.0)),
            Position(("**", -0.02)),
        ];

        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 5);

        Assert.Equal(1, result.Position);
        Assert.False(result.NoOptionMass);
        var a = Math.Exp(-1.2);
        var b = Math.Exp(-0.5);
        AssertDistribution([a / (a + b), b / (a + b)], result.Probabilities);
        Assert.Equal(1 - (a + b), result.UncoveredMass, Tolerance);
        Assert.Equal(0, result.Samples);
    }

    [Fact]
    public void FromLogprobs_TraceOfLetterMassUnderMarkup_ReadsWhereTheLetterIsEmitted()
    {
        // "**" at position 0 keeps a trace of mass on A; the model's answer is the B it emits next.
        TokenPosition[] positions =
        [
            Position(("**", Math.Log(0.9999)), ("A", Math.Log(0.00001))),
            Position(("B", Math.Log(0.9)), ("A", Math.Log(0.05))),
        ];

        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 5);

        Assert.Equal(1, result.Position);
        AssertDistribution([0.05 / 0.95, 0.9 / 0.95], result.Probabilities);
    }

    [Fact]
    public void FromLogprobs_OnlyATraceAnywhere_ReadsTheFirstPositionWithLetterMass()
    {
        TokenPosition[] positions = [Position(("**", Math.Log(0.99)), ("A", Math.Log(0.001))), Position(("Sure", Math.Log(0.9)), ("B", Math.Log(0.01)))];

        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 5);

        Assert.Equal(0, result.Position);
        Assert.Equal(1 - 0.001, result.UncoveredMass, 9);
    }

    [Fact]
    public void FromLogprobs_LettersOnlyBeyondTheScan_AreNotRead()
    {
        TokenPosition[] positions = [Position(("**", -0.01)), Position(("(", -0.01)), Position(("A", -0.01))];

        var result = LetterDistribution.FromLogprobs(positions, optionCount: 2, scanPositions: 2);

        Assert.True(result.NoOptionMass);
        Assert.Null(result.Position);
    }

    [Fact]
    public void FromLogprobs_VariantsOfOneLetter_AddUp()
    {
        var position = Position(("A", -1.0), (" A", -2.0), ("(A", -3.0), ("a", -4.0), ("Ａ", -5.0), ("А", -6.0), ("B", -1.5), (" B", -2.5));

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        var a = Math.Exp(-1.0) + Math.Exp(-2.0) + Math.Exp(-3.0) + Math.Exp(-4.0) + Math.Exp(-5.0) + Math.Exp(-6.0);
        var b = Math.Exp(-1.5) + Math.Exp(-2.5);
        AssertDistribution([a / (a + b), b / (a + b)], result.Probabilities);
        Assert.Equal(1 - (a + b), result.UncoveredMass, Tolerance);
    }

    [Fact]
    public void FromLogprobs_NoOptionAnywhere_IsUniformAndFlagged()
    {
        TokenPosition[] positions = [Position(("I", -0.1), ("The", -2.5)), Position(("think", -0.1), ("AB", -3.0))];

        var result = LetterDistribution.FromLogprobs(positions, optionCount: 4, scanPositions: 5);

        Assert.Equal([0.25, 0.25, 0.25, 0.25], result.Probabilities);
        Assert.True(result.NoOptionMass);
        Assert.Equal(1.0, result.UncoveredMass);
        Assert.Null(result.Position);
    }

    [Fact]
    public void FromLogprobs_NoPositions_IsUniformAndFlagged()
    {
        var result = LetterDistribution.FromLogprobs([], optionCount: 3, scanPositions: 5);

        Assert.True(result.NoOptionMass);
        Assert.Equal(3, result.Probabilities.Count);
    }

    [Fact]
    public void FromLogprobs_UncoveredMass_IsWhatTheLettersLeave()
    {
        // Letters hold 0.5 + 0.2; "I" and everything outside the top list hold the rest.
        var position = Position(("A", Math.Log(0.5)), ("I", Math.Log(0.25)), ("B", Math.Log(0.2)));

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        Assert.Equal(0.3, result.UncoveredMass, Tolerance);
        AssertDistribution([0.5 / 0.7, 0.2 / 0.7], result.Probabilities);
    }

    [Fact]
    public void FromLogprobs_VllmSampledTokenListedTwice_CountsOnce()
    {
        // vLLM: the sampled token (emitted) first, then the top-N, which holds it again with the same value.
        var position = new TokenPosition("B", Math.Log(0.3),
            [new("B", Math.Log(0.3)), new("A", Math.Log(0.6)), new("B", Math.Log(0.3)), new("C", Math.Log(0.05))]);

        var result = LetterDistribution.FromLogprobs([position], optionCount: 3, scanPositions: 5);

        AssertDistribution([0.6 / 0.95, 0.3 / 0.95, 0.05 / 0.95], result.Probabilities);
        Assert.Equal(0.05, result.UncoveredMass, 1e-9);
    }

    [Fact]
    public void FromLogprobs_EmittedTokenMissingFromTheTopList_Counts()
    {
        // The top list can be empty (no top_logprobs asked) or miss the sampled token; the emitted token still speaks.
        var position = new TokenPosition("B", Math.Log(0.1), [new("A", Math.Log(0.8))]);

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        AssertDistribution([0.8 / 0.9, 0.1 / 0.9], result.Probabilities);
    }

    [Fact]
    public void FromLogprobs_SameTextDifferentValues_AreDifferentTokensAndAddUp()
    {
        var position = Position(("A", Math.Log(0.4)), ("A", Math.Log(0.2)), ("B", Math.Log(0.3)));

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        AssertDistribution([0.6 / 0.9, 0.3 / 0.9], result.Probabilities);
    }

    [Theory]
    [InlineData(-9999.0)]
    [InlineData(-3.4028234663852886e+38)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(double.NaN)]
    public void FromLogprobs_NoProbabilitySentinel_IsZeroMass(double sentinel)
    {
        TokenPosition[] positions = [Position(("**", -0.01), ("A", sentinel)), Position(("A", Math.Log(0.5)), ("B", Math.Log(0.5)), ("C", sentinel))];

        var result = LetterDistribution.FromLogprobs(positions, optionCount: 3, scanPositions: 5);

        Assert.Equal(1, result.Position);
        AssertDistribution([0.5, 0.5, 0], result.Probabilities);
        Assert.Equal(0, result.UncoveredMass, Tolerance);
    }

    [Fact]
    public void FromLogprobs_LetterBeyondTheOptions_IsUncovered()
    {
        var position = Position(("A", Math.Log(0.5)), ("C", Math.Log(0.3)), ("B", Math.Log(0.2)));

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        Assert.Equal(2, result.Probabilities.Count);
        AssertDistribution([0.5 / 0.7, 0.2 / 0.7], result.Probabilities);
        Assert.Equal(0.3, result.UncoveredMass, 1e-9);
    }

    [Fact]
    public void FromLogprobs_OnlyALetterBeyondTheOptions_IsNoOptionMass()
    {
        var result = LetterDistribution.FromLogprobs([Position(("C", -0.1), ("D", -2.5))], optionCount: 2, scanPositions: 5);

        Assert.True(result.NoOptionMass);
    }

    [Fact]
    public void FromLogprobs_KoreanNumberedAnswers_FoldToTheirLetters()
    {
        var position = Position(("B번", Math.Log(0.5)), ("A", Math.Log(0.2)), (" A번", Math.Log(0.1)), ("B)번", Math.Log(0.1)), ("번", Math.Log(0.05)));

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        AssertDistribution([0.3 / 0.9, 0.6 / 0.9], result.Probabilities);
        Assert.Equal(0.1, result.UncoveredMass, 1e-9);
    }

    [Fact]
    public void FromLogprobs_RealisticTopTwenty_FoldsEveryVariant()
    {
        // The shape a GPT-4-turbo top-20 had at the answer position: letters with and without a space, markup,
        // a newline, lowercase, a Cyrillic look-alike, a quoted ">A", and words that are no option.
        var position = new TokenPosition("A", -0.2,
        [
            new("A", -0.2), new("B", -1.9), new(" A", -4.5), new("**", -5.0), new("\n", -5.6), new("a", -6.2),
            new("А", -7.0), new(">A", -7.4), new(" B", -7.8), new("The", -8.1), new("I", -8.3), new("(", -8.6),
            new("Answer", -9.0), new("C", -9.2), new("AB", -9.5), new("b", -9.9), new("(A", -10.1), new("B.", -10.4),
            new(" ", -10.8), new("Ａ", -11.0),
        ]);

        var result = LetterDistribution.FromLogprobs([position], optionCount: 2, scanPositions: 5);

        var a = Math.Exp(-0.2) + Math.Exp(-4.5) + Math.Exp(-6.2) + Math.Exp(-7.0) + Math.Exp(-7.4) + Math.Exp(-10.1) + Math.Exp(-11.0);
        var b = Math.Exp(-1.9) + Math.Exp(-7.8) + Math.Exp(-9.9) + Math.Exp(-10.4);
        Assert.Equal(0, result.Position);
        AssertDistribution([a / (a + b), b / (a + b)], result.Probabilities);
        Assert.Equal(1 - (a + b), result.UncoveredMass, Tolerance);
        Assert.InRange(result.UncoveredMass, 0.015, 0.025);
    }

    [Fact]
    public void FromLogprobs_BadArguments_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterDistribution.FromLogprobs([], optionCount: 0, scanPositions: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterDistribution.FromLogprobs([], optionCount: 27, scanPositions: 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LetterDistribution.FromLogprobs([], optionCount: 2, scanPositions: 0));
    }

    [Fact]
    public void FromSamples_CountsNamedLettersAndUncovered()
    {
        string[] answers = ["B", "(B)", "A", "답: B", "I have no idea", "B번"];

        var result = LetterDistribution.FromSamples(answers, optionCount: 3);

        AssertDistribution([0.2, 0.8, 0], result.Probabilities);
        Assert.Equal(1 / 6.0, result.UncoveredMass, Tolerance);
        Assert.Equal(6, result.Samples);
        Assert.False(result.NoOptionMass);
        Assert.Null(result.Position);
    }

    [Fact]
    public void FromSamples_NoneNamed_IsUniformAndFlagged()
    {
        var result = LetterDistribution.FromSamples(["Sorry, I cannot answer that.", "", "C"], optionCount: 2);

        Assert.Equal([0.5, 0.5], result.Probabilities);
        Assert.True(result.NoOptionMass);
        Assert.Equal(1.0, result.UncoveredMass);
        Assert.Equal(3, result.Samples);
    }

    [Fact]
    public void FromSamples_NoSamples_IsUniformAndFlagged()
    {
        var result = LetterDistribution.FromSamples([], optionCount: 2);

        Assert.True(result.NoOptionMass);
        Assert.Equal(0, result.Samples);
    }

    [Theory]
    [InlineData("B")]
    [InlineData(" B")]
    [InlineData("B\n")]
    [InlineData("(B)")]
    [InlineData("B.")]
    [InlineData("B)")]
    [InlineData("**B**")]
    [InlineData("b")]
    [InlineData("Ｂ")]
    [InlineData("В")] // Cyrillic
    [InlineData("B번")]
    [InlineData("B번입니다.")]
    [InlineData("답: B")]
    [InlineData("정답은 B입니다.")]
    [InlineData("답은 (B)")]
    [InlineData("Answer: (B)")]
    [InlineData("Answer: **B**")]
    [InlineData("The answer is B")]
    [InlineData("The answer is (b).")]
    [InlineData("My answer would be B because it values tradition.")]
    [InlineData("I think the answer is B, not A.")]
    [InlineData("B. Because tradition matters.")]
    [InlineData("(B) Disagree")]
    [InlineData("I would choose B.")]
    [InlineData("Definitely B")]
    [InlineData("B를 선택합니다.")]
    [InlineData("<think>A or B? A seems off.</think>B")]
    public void ParseLetter_NamesB(string answer) => Assert.Equal(1, LetterDistribution.ParseLetter(answer, 4));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("I have no opinion.")]
    [InlineData("A or B")]
    [InlineData("(A) and (B) are both reasonable.")]
    [InlineData("Option A is wrong, but option B is right.")]
    [InlineData("A good question. It depends.")]
    [InlineData("The answer is a matter of taste.")]
    [InlineData("AB")]
    [InlineData("Answer")]
    [InlineData("1")]
    public void ParseLetter_NoneOrAmbiguous_IsNull(string answer) => Assert.Null(LetterDistribution.ParseLetter(answer, 4));

    [Theory]
    [InlineData("C")]
    [InlineData("The answer is C")]
    [InlineData("(C)")]
    public void ParseLetter_LetterBeyondTheOptions_IsNull(string answer) => Assert.Null(LetterDistribution.ParseLetter(answer, 2));

    [Fact]
    public void ParseLetter_LowercaseAlone_NamesTheOption() => Assert.Equal(0, LetterDistribution.ParseLetter("a", 2));

    private static TokenPosition Position(params (string Token, double Logprob)[] candidates) =>
        new(candidates[0].Token, candidates[0].Logprob, candidates.Select(c => new TokenLogprob(c.Token, c.Logprob)).ToArray());

    private static void AssertDistribution(double[] expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], Tolerance);
        }

        Assert.Equal(1.0, actual.Sum(), Tolerance);
    }
}
