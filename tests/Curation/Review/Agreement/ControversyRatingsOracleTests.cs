using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

/// <summary>Every public controversy rating file, computed by us and by statsmodels and NLTK (tools/agreement-oracle).</summary>
public sealed class ControversyRatingsOracleTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Files => ControversyRatings.Files();

    [Fact]
    public void TheEightPublicRatingFilesAreThere()
    {
        Assert.Equal(8, Files.Count);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Statistics_AgreeWithStatsmodelsAndNltk(string file)
    {
        using var dir = new TempDirectory();
        var longCsv = dir.File("long.csv");
        var written = ControversyRatings.WriteLong(file, longCsv);

        var ratings = await RatingsCsv.ReadAsync(longCsv, new RatingColumns("item", "rater", "label"), CancellationToken.None);
        var ours = InterRaterAgreement.Compute(ratings);
        var oracle = await AgreementOracle.RunAsync(longCsv);

        Assert.Equal(written, ours.Counts.Ratings);
        Assert.Equal(new AgreementCounts(oracle.Items, oracle.Raters, oracle.Ratings, oracle.Categories, oracle.Items), ours.Counts);
        Assert.NotNull(oracle.KrippendorffAlpha);
        Assert.Equal(oracle.KrippendorffAlpha.Value, ours.KrippendorffAlpha!.Value, Tolerance);
        if (oracle.FleissKappa is { } kappa)
        {
            Assert.Equal(kappa, ours.FleissKappa!.Value, Tolerance);
        }
        else
        {
            // statsmodels needs a rectangular items × raters table: the same as our "same number of ratings" rule.
            Assert.Equal("items have different numbers of ratings", oracle.FleissKappaError);
            Assert.Null(ours.FleissKappa);
            Assert.NotNull(ours.FleissKappaUndefinedReason);
        }

        if (oracle.ObservedAgreement is { } agreement)
        {
            Assert.Equal(agreement, ours.ObservedAgreement!.Value, Tolerance);
        }
    }
}
