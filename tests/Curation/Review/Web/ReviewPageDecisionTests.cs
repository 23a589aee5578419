using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using static Microsoft.Playwright.Assertions;

namespace ValueAtlas.Curation.Tests.Review.Web;

[Collection(ChromiumCollection.Name)]
public sealed class ReviewPageDecisionTests(Chromium chromium)
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly List<string> _scriptErrors = [];

    [Fact]
    public async Task Approve_by_keyboard_stores_the_approval_and_moves_to_the_next_unit()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var annotator = await app.AddAsync("김민지", Ct);
        var page = await chromium.OpenAtUnitAsync(app, annotator, _scriptErrors);
        var first = await Chromium.UnitIdAsync(page);

        await page.Keyboard.PressAsync("a");

        await Expect(page.Locator("#status")).ToContainTextAsync("저장했습니다");
        await Expect(page.Locator("#unit-meta")).Not.ToContainTextAsync(first);
        await Expect(page.Locator("#progress")).ToContainTextAsync("내 결정 mine: 1");
        var decision = (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == first).Decisions.Single();
        Assert.Equal((DecisionKind.Approve, annotator.Annotator.Id), (decision.Decision, decision.AnnotatorId));
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task Edit_of_a_korean_item_is_stored_beside_the_original_with_its_diff()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);
        var unit = await Chromium.UnitIdAsync(page);

        await page.Keyboard.PressAsync("e");
        var editor = page.Locator("tr[data-key='question'] textarea");
        await Expect(editor).ToBeFocusedAsync();
        await Expect(editor).ToHaveValueAsync("사형제를 폐지해야 한다고 생각하십니까?");
        await editor.FillAsync("사형제를 없애야 한다고 보십니까?");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("#status")).ToContainTextAsync("저장했습니다");
        var stored = (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit);
        Assert.Equal(UnitState.Approved, stored.State);
        Assert.Equal("사형제를 폐지해야 한다고 생각하십니까?", stored.Unit.Fields[0].Text);
        Assert.Equal("사형제를 없애야 한다고 보십니까?", stored.Final!.Edits["question"]);
        Assert.Contains("[-폐지해야-]{+없애야+}", stored.Final.Diffs["question"], StringComparison.Ordinal);
        Assert.Empty(_scriptErrors);
    }

    [Fact]
    public async Task Reject_with_a_reason_picked_by_number_key()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);
        var unit = await Chromium.UnitIdAsync(page);

        await page.Keyboard.PressAsync("r");
        await Expect(page.Locator("#reasons li")).ToHaveCountAsync(9);
        await page.Keyboard.PressAsync("2");
        await Expect(page.Locator("#reasons li.picked")).ToContainTextAsync("wrong-stance");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("#status")).ToContainTextAsync("저장했습니다");
        var stored = (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit);
        Assert.Equal((UnitState.Rejected, "wrong-stance"), (stored.State, stored.Final!.Reason));
    }

    [Fact]
    public async Task Reject_as_other_is_refused_until_a_note_says_why()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);
        var unit = await Chromium.UnitIdAsync(page);

        await page.Keyboard.PressAsync("r");
        await page.Keyboard.PressAsync("9");
        await page.Keyboard.PressAsync("Control+Enter");
        await Expect(page.Locator("#status.error")).ToContainTextAsync("needs a note");
        await Expect(page.Locator("#note")).ToBeFocusedAsync();
        await page.Keyboard.InsertTextAsync("의견이 아닌 사실 확인 질문");
        await page.Keyboard.PressAsync("Control+Enter");

        await Expect(page.Locator("#status")).ToContainTextAsync("저장했습니다");
        var final = (await app.Store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit).Final!;
        Assert.Equal(("other", "의견이 아닌 사실 확인 질문"), (final.Reason, final.Note));
    }

    [Fact]
    public async Task Undo_by_keyboard_takes_back_the_decision_and_shows_the_unit_again()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 2, UnitKind.Question, Ct);
        var page = await chromium.OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct), _scriptErrors);
        var unit = await Chromium.UnitIdAsync(page);
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#unit-meta")).Not.ToContainTextAsync(unit);

        await page.Keyboard.PressAsync("u");

        await Expect(page.Locator("#status")).ToContainTextAsync("되돌렸습니다");
        await Expect(page.Locator("#unit-meta")).ToContainTextAsync(unit);
        Assert.Empty((await app.Store.UnitsAsync("q", Ct)).SelectMany(u => u.Decisions));
    }
}
