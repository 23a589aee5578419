using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Harmonize;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

public sealed class QuestionCodesTests
{
    private static readonly CrosswalkQuestion Question = new()
    {
        Id = "Q1",
        Options =
        [
            new CrosswalkOption { Codes = ["1", "2"], En = "Yes" },
            new CrosswalkOption { Codes = ["A"], En = "Letter" },
            new CrosswalkOption { Codes = ["1e3"], En = "Thousand" },
        ],
        Missing = [new CrosswalkMissing { Code = "-1", Meaning = MissingMeanings.Refused }],
        Drop = ["9", "-3"],
    };

    [Theory]
    [InlineData("1", CodeKind.Option, 0)]
    [InlineData("2.0", CodeKind.Option, 0)]
    [InlineData("A", CodeKind.Option, 1)]
    [InlineData("1000", CodeKind.Option, 2)]
    [InlineData("-1", CodeKind.Missing, null)]
    [InlineData("-2", CodeKind.Missing, null)]
    [InlineData("9", CodeKind.Dropped, null)]
    [InlineData("-3", CodeKind.Dropped, null)]
    [InlineData("", CodeKind.SystemMissing, null)]
    [InlineData("1.5", CodeKind.Unmapped, null)]
    [InlineData("B", CodeKind.Unmapped, null)]
    public void SlotOf_Cell_ClassifiedDropsFirstThenQuestionThenSourceMissing(string cell, CodeKind kind, int? option)
    {
        var codes = new QuestionCodes(Question, new Dictionary<string, CrosswalkMissing>
        {
            ["-1"] = new() { Code = "-1", Meaning = MissingMeanings.DontKnow },
            ["-2"] = new() { Code = "-2", Meaning = MissingMeanings.Refused },
            ["-3"] = new() { Code = "-3", Meaning = MissingMeanings.NotApplicable },
        });
        using var file = new FakeSurveyFile(["Q1"], [[cell], [cell]]);
        file.Next();

        var slot = codes.Slots[codes.SlotOf(file, 0)];
        file.Next();

        Assert.Equal((kind, option), (slot.Kind, slot.OptionIndex));
        Assert.Same(slot, codes.Slots[codes.SlotOf(file, 0)]);
        if (cell == "-1")
        {
            Assert.Equal(MissingMeanings.Refused, slot.Meaning);
        }
    }
}
