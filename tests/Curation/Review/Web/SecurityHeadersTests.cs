using System.Text.RegularExpressions;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed partial class SecurityHeadersTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Theory]
    [InlineData("/")]
    [InlineData("/assets/app.js")]
    [InlineData("/api/me")]
    [InlineData("/api/units/next")]
    [InlineData("/health")]
    public async Task Every_response_forbids_inline_script_sniffing_and_referrers(string path)
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client((await app.AddAsync("김민지", Ct)).Token);

        using var response = await client.GetAsync(path, Ct);

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Page_has_no_inline_script_style_or_event_handler_the_policy_would_have_to_allow()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client(null);

        var html = await client.GetStringAsync("/", Ct);

        Assert.All(ScriptTag().Matches(html), m => Assert.Contains("src=\"/assets/", m.Value, StringComparison.Ordinal));
        Assert.DoesNotMatch(InlineAttribute(), html);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Scripts_never_parse_unit_text_as_html()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        using var client = app.Client(null);

        var scripts = await PageScripts.FetchAsync(client, Ct);

        // The guidelines (the project's own files, escaped by the server) are the one HTML insertion in all of them.
        Assert.Equal(["$('guide-ko').innerHTML = guide.ko;", "$('guide-en').innerHTML = guide.en;"], scripts.SelectMany(s => HtmlSink().Matches(s.Text)).Select(m => m.Value.Trim()));
        Assert.All(scripts, s =>
        {
            Assert.DoesNotContain("insertAdjacentHTML", s.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("document.write", s.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("eval(", s.Text, StringComparison.Ordinal);
        });
    }

    [GeneratedRegex(@"<script\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"\s(on[a-z]+|style)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineAttribute();

    [GeneratedRegex(@"[^\n]*(innerHTML|outerHTML)[^\n]*")]
    private static partial Regex HtmlSink();
}
