using System.Net;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class CrossSiteGuardTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("text/plain", null, null)]
    [InlineData("application/x-www-form-urlencoded", null, null)]
    [InlineData("multipart/form-data", null, null)]
    [InlineData("application/json", "http://evil.example", null)]
    [InlineData("application/json", "null", null)]
    [InlineData("application/json", null, "cross-site")]
    [InlineData("application/json", null, "same-site")]
    public async Task Post_a_browser_could_send_from_another_site_is_403_and_stores_nothing(string contentType, string? origin, string? fetchSite)
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(client, Ct);

        foreach (var path in new[] { $"/api/units/{unit}/decisions", "/api/decisions/undo" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json.Body("""{"decision":"approve"}""", contentType) };
            if (origin is not null)
            {
                request.Headers.Add("Origin", origin);
            }

            if (fetchSite is not null)
            {
                request.Headers.Add("Sec-Fetch-Site", fetchSite);
            }

            using var response = await client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Matches("Content-Type: application/json|cross-site request refused", await Json.ErrorAsync(response, Ct));
        }

        Assert.Empty((await app.Store.UnitsAsync("q", Ct)).SelectMany(u => u.Decisions));
    }

    [Fact]
    public async Task Post_from_the_page_own_origin_is_accepted()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);
        var unit = await Json.NextUnitIdAsync(client, Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/units/{unit}/decisions") { Content = Json.Body("""{"decision":"approve"}""", "application/json; charset=utf-8") };
        request.Headers.Add("Origin", app.BaseAddress);
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
