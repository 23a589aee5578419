using Microsoft.Playwright;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Units;
using static Microsoft.Playwright.Assertions;

namespace ValueAtlas.Curation.Tests.Review.Web;

[Collection(ChromiumCollection.Name)]
public sealed class ReviewPageEscapingTests(Chromium chromium)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly List<string> _scriptErrors = [];

    [Fact]
    public async Task Script_and_image_markup_in_an_item_render_as_text_and_run_nothing()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Hostile(), 1, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);

        await Expect(page.Locator("tr[data-key='question'] .field-text")).ToHaveTextAsync(WebItems.ScriptText + " 사형제를 폐지해야 합니까? " + WebItems.ImageText);
        await Expect(page.Locator("tr[data-key='question'] td.english")).ToHaveTextAsync(WebItems.ImageText + " Should it be abolished?");
        await Expect(page.Locator("tr[data-key='option:1'] .field-text")).ToHaveTextAsync(WebItems.ImageText);
        await Expect(page.Locator("#unit-topic")).ToHaveTextAsync(WebItems.ImageText);
        await page.Keyboard.PressAsync("e");
        await Expect(page.Locator("tr[data-key='question'] textarea")).ToHaveValueAsync(WebItems.ScriptText + " 사형제를 폐지해야 합니까? " + WebItems.ImageText);

        await AssertNothingRanAsync(page);
    }

    [Fact]
    public async Task Markup_in_other_decisions_notes_and_edits_renders_as_text_for_the_adjudicator()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 2, UnitKind.Question, Ct);
        await app.DisagreeOnFirstUnitAsync("사형제를 " + WebItems.ImageText + " 보십니까?", WebItems.ScriptText, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("박서준", AnnotatorRole.Adjudicator, "ko", Ct), _scriptErrors);

        await Expect(page.Locator("#other-decisions .note")).ToHaveTextAsync(WebItems.ScriptText);
        await Expect(page.Locator("#other-decisions ins").First).ToContainTextAsync("<img");

        await AssertNothingRanAsync(page);
    }

    private async Task AssertNothingRanAsync(IPage page)
    {
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Equal(0, await page.Locator("#unit img, #unit script, #unit [onerror]").CountAsync());
        Assert.Empty(_scriptErrors);
    }
}
