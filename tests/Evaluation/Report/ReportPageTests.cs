using ValueAtlas.Evaluation.Report;
using static Microsoft.Playwright.Assertions;

namespace ValueAtlas.Evaluation.Tests.Report;

public sealed class ReportPageTests(ReportBrowser browser) : IClassFixture<ReportBrowser>
{
    [Fact]
    public async Task ReportHtml_InChromium_ShowsKoreanHeadingsRankingAndEveryChart_LoadsNothingElse_AndIsKeptAsAScreenshot()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");
        var written = await ReportOutput.WriteAsync(folder, ReportSamples.Full(), CancellationToken.None);
        var url = new Uri(Path.Combine(folder, ReportOutput.HtmlFile)).AbsoluteUri;
        List<string> requests = [];
        List<string> console = [];

        var page = await browser.OpenAsync(url, requests, console);

        await Expect(page.Locator("h1")).ToHaveTextAsync("ValueAtlas 평가 보고서");
        await Expect(page.Locator("#answer > h2")).ToBeVisibleAsync();
        await Expect(page.Locator("#answer > h2")).ToContainTextAsync("1. 요약: 결과 먼저");
        await Expect(page.Locator("#consistency > h2")).ToContainTextAsync("3. 일관성");
        var ranking = page.Locator("#korea-ranking-goqa-dp-en");
        await Expect(ranking).ToBeVisibleAsync();
        await Expect(ranking.Locator("tbody tr td:nth-child(2)")).ToHaveTextAsync(["exaone", "gpt-ko", "llama-base"]);

        var charts = page.Locator("figure.chart svg");
        await Expect(charts).ToHaveCountAsync(written.Charts);
        for (var i = 0; i < written.Charts; i++)
        {
            await Expect(charts.Nth(i)).ToBeVisibleAsync();
            var box = await charts.Nth(i).BoundingBoxAsync();
            Assert.True(box is { Width: > 300, Height: > 100 }, $"chart {i} is {box?.Width}x{box?.Height}");
        }

        // The style sheet applied (its CSP hash is right): Korea's rows are tinted; nothing was blocked or requested.
        var tint = await page.Locator("#countries-exaone-goqa-dp-en tr.kr td").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.Equal("rgb(253, 236, 239)", tint);
        Assert.Equal([url], requests);
        Assert.DoesNotContain(console, m => m.Contains("Content Security Policy", StringComparison.Ordinal));

        var screenshot = RepoRoot.File("artifacts", "screenshots", "report.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 50_000, $"{screenshot} looks empty");
    }

    [Fact]
    public async Task ReportHtml_Printed_DropsTheNavigation_KeepsHeadingsAndCharts()
    {
        using var dir = new TempDirectory();
        var folder = dir.File("report");
        await ReportOutput.WriteAsync(folder, ReportSamples.Full(), CancellationToken.None);
        var page = await browser.OpenAsync(new Uri(Path.Combine(folder, ReportOutput.HtmlFile)).AbsoluteUri, [], []);

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        await Expect(page.Locator("nav")).ToBeHiddenAsync();
        await Expect(page.Locator("#provenance > h2")).ToBeVisibleAsync();
        await Expect(page.Locator("figure.chart svg").First).ToBeVisibleAsync();
        Assert.Equal("page", await page.Locator("#countries > h2").EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
    }
}
