using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using static Microsoft.Playwright.Assertions;

namespace ValueAtlas.Curation.Tests.Review.Web;

[Collection(ChromiumCollection.Name)]
public sealed class ReviewPageAdjudicationTests(Chromium chromium)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly List<string> _scriptErrors = [];

    [Fact]
    public async Task Adjudicator_sees_both_decisions_with_the_diff_takes_over_an_edit_and_must_give_a_rationale()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 2, UnitKind.Question, Ct);
        var unit = await app.DisagreeOnFirstUnitAsync("사형제를 없애야 한다고 보십니까?", null, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("박서준", AnnotatorRole.Adjudicator, "ko", Ct), _scriptErrors);

        await Expect(page.Locator("#adjudication")).ToBeVisibleAsync();
        await Expect(page.Locator("#other-decisions > li")).ToHaveCountAsync(2);
        await Expect(page.Locator("#other-decisions del")).ToHaveTextAsync(["폐지해야", "생각하십니까?"]);
        await Expect(page.Locator("#other-decisions ins")).ToHaveTextAsync(["없애야", "보십니까?"]);
        await page.Keyboard.PressAsync("2");
        await Expect(page.Locator("tr[data-key='question'] textarea")).ToHaveValueAsync("사형제를 없애야 한다고 보십니까?");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#status.error")).ToContainTextAsync("rationale");
        await page.Locator("#rationale").FillAsync("수정본이 더 자연스럽고 뜻이 같음");
        var shot = RepoRoot.File("artifacts", "screenshots", "review-adjudication.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("#status")).ToContainTextAsync("승인됨");
        var stored = (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit);
        Assert.Equal(UnitState.Approved, stored.State);
        Assert.True(stored.Final!.Adjudication);
        Assert.Equal("수정본이 더 자연스럽고 뜻이 같음", stored.Final.Rationale);
        Assert.Equal("사형제를 없애야 한다고 보십니까?", stored.Final.Edits["question"]);
        Assert.Empty(_scriptErrors);
    }
}
