using System.Net;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class BearerAuthenticationTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/units/next")]
    [InlineData("GET", "/api/progress")]
    [InlineData("GET", "/api/guidelines/question")]
    [InlineData("POST", "/api/units/u_0000000000000000/decisions")]
    [InlineData("POST", "/api/decisions/undo")]
    public async Task Every_api_route_answers_401_without_a_token_or_with_a_wrong_one(string method, string path)
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var real = await app.AddAsync("김민지", Ct);

        foreach (var token in new string?[] { null, "", real.Token + "x", "va_guessed" })
        {
            using var client = app.Client(token);
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Json.Body("""{"decision":"approve"}""") : null };
            using var response = await client.SendAsync(request, Ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Contains("token", await Json.ErrorAsync(response, Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Token_in_the_query_string_does_not_log_in()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var real = await app.AddAsync("김민지", Ct);
        using var client = app.Client(null);

        using var response = await client.GetAsync("/api/me?token=" + Uri.EscapeDataString(real.Token), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Page_and_health_need_no_token()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client(null);

        Assert.Equal("ok", await client.GetStringAsync("/health", Ct));
        Assert.Contains("ValueAtlas 검토", await client.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains(await PageScripts.FetchAsync(client, Ct), s => s.Text.Contains("Authorization", StringComparison.Ordinal));
    }
}
