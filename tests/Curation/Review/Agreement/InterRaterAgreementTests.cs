using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>Published examples with published values, and the cases where a statistic is undefined.</summary>
public sealed class InterRaterAgreementTests
{
    [Fact]
    public void FleissKappa_OfTheWikipediaExample_Is0210()
    {
        // 10 subjects, 14 raters, 5 categories; P̄ = 0.378, P̄e = 0.213, κ = 0.210.
        var summary = InterRaterAgreement.Compute(RatingTables.FromCounts(
        [
            [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
            [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
        ]));

        Assert.Equal(0.210, summary.FleissKappa!.Value, 3);
        Assert.Equal(0.378, summary.ObservedAgreement!.Value, 3);
        Assert.Null(summary.FleissKappaUndefinedReason);
        Assert.Equal(new AgreementCounts(Items: 10, Raters: 14, Ratings: 140, Categories: 5, PairableItems: 10), summary.Counts);
    }

    [Fact]
    public void FleissKappa_OfFleiss1971PsychiatricDiagnoses_Is0430()
    {
        // Fleiss (1971), table 1: 30 patients, 6 psychiatrists each, 5 diagnoses; κ = 0.430, P̄ = 0.556.
        var summary = InterRaterAgreement.Compute(RatingTables.FromCounts(
        [
            [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
            [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
            [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
            [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
            [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
            [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
        ]));

        Assert.Equal(0.430, summary.FleissKappa!.Value, 3);
        Assert.Equal(0.556, summary.ObservedAgreement!.Value, 3);
    }

    [Fact]
    public void KrippendorffAlpha_OfTheCanonicalNominalExampleWithMissingData_Is0743()
    {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers, 12 units,
        // nominal α = 0.743. Unit 12 has one value, so it cannot be paired and is left out.
        var summary = InterRaterAgreement.Compute(RatingTables.FromReliabilityData(
            "1 2 3 3 2 1 4 1 2 . . .",
            "1 2 3 3 2 2 4 1 2 5 . 3",
            ". 3 3 3 2 3 4 2 2 5 1 .",
            "1 2 3 3 2 4 4 1 2 5 1 ."));

        Assert.Equal(0.743, summary.KrippendorffAlpha!.Value, 3);
        Assert.Equal(new AgreementCounts(Items: 12, Raters: 4, Ratings: 41, Categories: 5, PairableItems: 11), summary.Counts);
    }

    [Fact]
    public void FleissKappa_WithUnequalRaterCounts_IsNullWithTheReason()
    {
        var summary = InterRaterAgreement.Compute(RatingTables.FromReliabilityData("a b a", "a b b", "a . b"));

        Assert.Null(summary.FleissKappa);
        Assert.Contains("2 to 3 ratings", summary.FleissKappaUndefinedReason, StringComparison.Ordinal);
        Assert.NotNull(summary.KrippendorffAlpha);
    }

    [Fact]
    public void Statistics_WithOneCategoryOnly_AreNullSayingExpectedDisagreementIsZero()
    {
        var summary = InterRaterAgreement.Compute(RatingTables.FromReliabilityData("yes yes", "yes yes"));

        Assert.Null(summary.FleissKappa);
        Assert.Null(summary.KrippendorffAlpha);
        Assert.Contains("expected agreement is 1", summary.FleissKappaUndefinedReason, StringComparison.Ordinal);
        Assert.Contains("expected disagreement is 0", summary.KrippendorffAlphaUndefinedReason, StringComparison.Ordinal);
        Assert.Equal(1.0, summary.ObservedAgreement);
    }

    [Fact]
    public void Statistics_WithOnlySingleRatings_AreNull()
    {
        var summary = InterRaterAgreement.Compute([new Rating("i1", "r1", "a"), new Rating("i2", "r1", "b")]);

        Assert.Null(summary.FleissKappa);
        Assert.Null(summary.KrippendorffAlpha);
        Assert.Null(summary.ObservedAgreement);
        Assert.Equal(0, summary.Counts.PairableItems);
        Assert.NotNull(summary.KrippendorffAlphaUndefinedReason);
    }

    [Fact]
    public void Statistics_WithNoRatings_AreNullAndCountsZero()
    {
        var summary = InterRaterAgreement.Compute([]);

        Assert.Equal(new AgreementCounts(0, 0, 0, 0, 0), summary.Counts);
        Assert.Equal("there are no ratings", summary.FleissKappaUndefinedReason);
        Assert.Null(summary.KrippendorffAlpha);
        Assert.Empty(summary.Majorities);
    }

    [Fact]
    public void Majority_ReportsEveryTiedLabelSortedAndFlagsTheTie()
    {
        var summary = InterRaterAgreement.Compute(RatingTables.FromReliabilityData("b a c", "a a d", ". c e"));

        Assert.Equal(1, summary.Majorities[0].Votes);
        Assert.Equal(["a", "b"], summary.Majorities[0].Labels);
        Assert.True(summary.Majorities[0].Tie);
        Assert.Equal(["a"], summary.Majorities[1].Labels);
        Assert.Equal(2, summary.Majorities[1].Votes);
        Assert.False(summary.Majorities[1].Tie);
        Assert.Equal(["c", "d", "e"], summary.Majorities[2].Labels);
        Assert.Equal(3, summary.Majorities[2].Ratings);
        Assert.Equal(2, summary.Majorities[0].Ratings);
    }

    [Fact]
    public void Compute_RejectsARaterRatingTheSameItemTwice()
    {
        var e = Assert.Throws<ArgumentException>(() => InterRaterAgreement.Compute(
            [new Rating("i1", "r1", "a"), new Rating("i1", "r2", "a"), new Rating("i1", "r1", "b")]));

        Assert.Contains("rater 'r1' rated item 'i1' more than once", e.Message, StringComparison.Ordinal);
    }
}
