using Microsoft.Playwright;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using static Microsoft.Playwright.Assertions;

namespace ValueAtlas.Curation.Tests.Review.Web;

public sealed class ReviewPageTests(Chromium chromium) : IClassFixture<Chromium>
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
    public async Task Approve_by_keyboard_stores_the_approval_and_moves_to_the_next_unit()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var annotator = await app.AddAsync("김민지", Ct);
        var page = await OpenAtUnitAsync(app, annotator);
        var first = await UnitIdAsync(page);

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
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));
        var unit = await UnitIdAsync(page);

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
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));
        var unit = await UnitIdAsync(page);

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
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));
        var unit = await UnitIdAsync(page);

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
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));
        var unit = await UnitIdAsync(page);
        await page.Keyboard.PressAsync("a");
        await Expect(page.Locator("#unit-meta")).Not.ToContainTextAsync(unit);

        await page.Keyboard.PressAsync("u");

        await Expect(page.Locator("#status")).ToContainTextAsync("되돌렸습니다");
        await Expect(page.Locator("#unit-meta")).ToContainTextAsync(unit);
        Assert.Empty((await app.Store.UnitsAsync("q", Ct)).SelectMany(u => u.Decisions));
    }

    [Fact]
    public async Task Adjudicator_sees_both_decisions_with_the_diff_takes_over_an_edit_and_must_give_a_rationale()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 2, UnitKind.Question, Ct);
        var unit = await DisagreeAsync(app, "사형제를 없애야 한다고 보십니까?", null, Ct);
        var page = await OpenAtUnitAsync(app, await app.AddAsync("박서준", AnnotatorRole.Adjudicator, "ko", Ct));

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

    [Fact]
    public async Task Guidelines_for_the_unit_kind_in_korean_and_english_and_help_by_keyboard()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));

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
    public async Task Script_and_image_markup_in_an_item_render_as_text_and_run_nothing()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Hostile(), 1, UnitKind.Question, Ct);
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));

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
        await DisagreeAsync(app, "사형제를 " + WebItems.ImageText + " 보십니까?", WebItems.ScriptText, Ct);
        var page = await OpenAtUnitAsync(app, await app.AddAsync("박서준", AnnotatorRole.Adjudicator, "ko", Ct));

        await Expect(page.Locator("#other-decisions .note")).ToHaveTextAsync(WebItems.ScriptText);
        await Expect(page.Locator("#other-decisions ins").First).ToContainTextAsync("<img");

        await AssertNothingRanAsync(page);
    }

    [Fact]
    public async Task Review_page_with_korean_text_is_kept_as_a_screenshot()
    {
        await using var app = await RunningReviewApp.StartAsync(WebItems.Korean(), 1, UnitKind.Question, Ct);
        var page = await OpenAtUnitAsync(app, await app.AddAsync("김민지", Ct));
        await Expect(page.Locator("#guide-ko h1")).ToHaveTextAsync("질문 검토 지침");
        var path = RepoRoot.File("artifacts", "screenshots", "review-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        await page.ScreenshotAsync(new() { Path = path, FullPage = true });

        Assert.True(new FileInfo(path).Length > 20_000, $"{path} looks empty");
    }

    private async Task<IPage> OpenAtUnitAsync(RunningReviewApp app, NewAnnotator annotator)
    {
        var page = await chromium.OpenAsync(app.LoginLink(annotator), _scriptErrors);
        await Expect(page.Locator("#unit")).ToBeVisibleAsync();
        return page;
    }

    private static async Task<string> UnitIdAsync(IPage page) =>
        (await page.Locator("#unit-meta").TextContentAsync())!.Split(" · ")[^1];

    /// <summary>The first question unit: one annotator approves, another edits it (and notes why): a disagreement.</summary>
    private static async Task<string> DisagreeAsync(RunningReviewApp app, string edited, string? note, CancellationToken cancellationToken)
    {
        var a = (await app.AddAsync("김민지", cancellationToken)).Annotator;
        var b = (await app.AddAsync("이서연", cancellationToken)).Annotator;
        var unit = (await app.Store.NextUnitAsync(a, "q", cancellationToken))!.Unit.Id;
        Assert.Equal(unit, (await app.Store.NextUnitAsync(b, "q", cancellationToken))!.Unit.Id);
        await app.Store.DecideAsync(a, unit, new DecisionRequest { Decision = DecisionKind.Approve }, cancellationToken);
        var edit = new DecisionRequest { Decision = DecisionKind.Edit, Note = note, Edits = new Dictionary<string, string> { ["question"] = edited } };
        Assert.Equal(UnitState.Adjudication, (await app.Store.DecideAsync(b, unit, edit, cancellationToken)).State);
        return unit;
    }

    private async Task AssertNothingRanAsync(IPage page)
    {
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        Assert.Equal(0, await page.Locator("#unit img, #unit script, #unit [onerror]").CountAsync());
        Assert.Empty(_scriptErrors);
    }
}
