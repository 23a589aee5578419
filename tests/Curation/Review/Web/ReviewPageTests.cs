using ValueAtlas.Curation.Review.Units;
using static Microsoft.Playwright.Assertions;

namespace ValueAtlas.Curation.Tests.Review.Web;

[Collection(ChromiumCollection.Name)]
public sealed class ReviewPageTests(Chromium chromium)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly List<string> _scriptErrors = [];

    [Fact]
    public async Task Login_link_logs_in_shows_korean_and_english_side_by_side_and_drops_the_token_from_the_address()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var annotator = await app.AddAsync("김민지", Ct);

        var page = await chromium.OpenAsync(app.LoginLink(annotator), _scriptErrors);

        var question = page.Locator("tr[data-key='question']");
        await Expect(question.Locator("td.text").First).ToHaveTextAsync("사형제를 폐지해야 한다고 생각하십니까?");
        await Expect(question.Locator("td.english")).ToHaveTextAsync("Should the death penalty be abolished?");
        await Expect(page.Locator("tr[data-key='option:1'] td.stance")).ToContainTextAsync("반대 opposes");
        await Expect(page.Locator("#who")).ToContainTextAsync("김민지");
        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        Assert.Equal(annotator.Token, await page.EvaluateAsync<string>("sessionStorage.getItem('valueatlas.review.token')"));
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task Page_without_a_login_link_asks_for_one()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);

        var page = await chromium.OpenAsync(app.BaseAddress, _scriptErrors);

        await Expect(page.Locator("#login")).ToBeVisibleAsync();
        await Expect(page.Locator("#main")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Guidelines_for_the_unit_kind_in_korean_and_english_and_help_by_keyboard()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);

        await Expect(page.Locator("#guide-ko h1")).ToHaveTextAsync("질문 검토 지침");
        await page.Keyboard.PressAsync("l");
        await Expect(page.Locator("#guide-en h1")).ToHaveTextAsync("Reviewing questions");
        await Expect(page.Locator("#guide-ko")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("g");
        await Expect(page.Locator("#guidelines")).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("?");
        await Expect(page.Locator("#help")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#help")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Review_page_with_korean_text_is_kept_as_a_screenshot()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);
        await Expect(page.Locator("#guide-ko h1")).ToHaveTextAsync("질문 검토 지침");
        var path = RepoRoot.File("artifacts", "screenshots", "review-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 20_000, $"{path} looks empty");
    }
}
