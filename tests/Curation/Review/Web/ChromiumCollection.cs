namespace ValueAtlas.Curation.Tests.Review.Web;

/// <summary>The browser test classes share one Chromium and run one after another (two cores, one browser).</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<Chromium>
{
    public const string Name = "chromium";
}
