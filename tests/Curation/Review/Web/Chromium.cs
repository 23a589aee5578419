using Microsoft.Playwright;
using ValueAtlas.Curation.Review.Annotators;

namespace ValueAtlas.Curation.Tests.Review.Web;

/// <summary>
/// Debian's Chromium driven by Playwright, one browser per test class and a fresh context (own
/// session storage) per page. Playwright never downloads a browser here: a missing Chromium
/// fails the tests with the fix rather than skipping them.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run scripts/setup.sh (installs chromium and fonts-nanum)");
        }

        // The 5 s default fails spuriously when the whole suite loads both cores; a real failure still fails.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A page in its own context; script errors on it are collected in <paramref name="errors"/>.</summary>
    public async Task<IPage> OpenAsync(string url, List<string> errors)
    {
        var context = await _browser!.NewContextAsync(new() { Locale = "ko-KR", ViewportSize = new() { Width = 1440, Height = 960 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(url);
        return page;
    }

    /// <summary>Opens <paramref name="annotator"/>'s login link and waits until the page shows a unit.</summary>
    public async Task<IPage> OpenAtUnitAsync(RunningReviewApp app, NewAnnotator annotator, List<string> errors)
    {
        var page = await OpenAsync(app.LoginLink(annotator), errors);
        await Assertions.Expect(page.Locator("#unit")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>The id of the unit on the page (the last part of its meta line).</summary>
    public static async Task<string> UnitIdAsync(IPage page) =>
        (await page.Locator("#unit-meta").TextContentAsync())!.Split(" · ")[^1];

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
