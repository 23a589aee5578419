using Microsoft.Playwright;

namespace ValueAtlas.Evaluation.Tests.Report;

/// <summary>
/// Debian's Chromium driven by Playwright (launch options as the review page's tests use), one browser per test
/// class. Playwright never downloads a browser here: a missing Chromium fails the tests with the fix.
/// </summary>
public sealed class ReportBrowser : IAsyncLifetime
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

    /// <summary>A laptop-sized page in its own context; every request it makes and every console message are recorded.</summary>
    public async Task<IPage> OpenAsync(string url, List<string> requests, List<string> console)
    {
        var context = await _browser!.NewContextAsync(new() { Locale = "ko-KR", ViewportSize = new() { Width = 1366, Height = 900 } });
        var page = await context.NewPageAsync();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) => console.Add(message.Text);
        page.PageError += (_, error) => console.Add(error);
        await page.GotoAsync(url);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
