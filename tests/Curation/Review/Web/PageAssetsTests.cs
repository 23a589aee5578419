using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Curation.Review.Web;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class PageAssetsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private const string Prefix = "ValueAtlas.Curation.Review.Web.Assets.";

    [Fact]
    public async Task Page_loads_every_embedded_script_each_served_as_javascript_that_may_not_be_sniffed()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client(null);

        var scripts = await PageScripts.FetchAsync(client, Ct);

        // Equal sets: the checks over PageScripts cover every script that ships, and every one of them is served.
        var embedded = typeof(ReviewWebApp).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".js", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal);
        Assert.Equal(embedded, scripts.Select(s => s.Name));
        Assert.All(scripts, s => Assert.Equal(("text/javascript", "utf-8", true), (s.MediaType, s.CharSet, s.NoSniff)));
    }
}
