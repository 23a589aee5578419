using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Exchange;
using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Curation.Tests.Review.Store;

namespace ValueAtlas.Curation.Tests.Review.Exchange;

/// <summary>What spreadsheets do to a sheet between export and import, beyond line ends and quoting.</summary>
public sealed class SpreadsheetQuirkTests : IDisposable
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\") 사형제에 찬성하십니까?";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly TempDirectory _folder = new();
    private readonly ManualTime _time = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Formula_like_text_is_exported_behind_an_apostrophe_and_imports_with_or_without_it(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var topicId = ContentId.ForTopic("KR", Language.Korean, "사형제", controversial: true);
        var item = SampleItems.Row(topicId, Language.Korean, Formula, null, null, false, null, "-1", Stance.Opposes, "+1", Stance.Supports);
        await store.EnqueueAsync("q", 1, UnitBuilder.Build("q", [item], new HashSet<UnitKind> { UnitKind.Question }), [item], Ct);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        var row = sheet.Rows.Single();
        var exported = (sheet.Get(row, "text_1"), sheet.Get(row, "text_2"));

        // Excel drops the apostrophe when it saves; another program may keep it. Both are the same text.
        sheet.Set(row, "text_1", Formula).Set(row, "decision", "edit").Set(row, "edit_2", "'-2");

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("saved.csv")), new SheetImportOptions(), Ct);

        Assert.Equal(("'" + Formula, "'-1"), exported);
        Assert.Empty(result.Errors);
        Assert.Equal("-2", (await ExchangeSetup.DecisionsAsync(store)).Single().Edits["option:1"]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Sheet_saved_with_semicolons_as_a_European_Excel_does_imports_although_notes_hold_commas_and_semicolons(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        sheet.Set(sheet.RowOfKind("topic"), "decision", "approve").Set(sheet.RowOfKind("topic"), "note", "a, b; c, d");

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("semi.csv"), separator: ';'), new SheetImportOptions(), Ct);

        Assert.Empty(result.Errors);
        Assert.Equal("a, b; c, d", (await ExchangeSetup.DecisionsAsync(store)).Single().Note);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Unit_reserved_by_someone_else_after_the_lease_ran_out_is_a_row_the_store_rejects(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        var b = await ExchangeSetup.AnnotatorAsync(store, "B");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        _time.Advance(store.Options.SpreadsheetLease + TimeSpan.FromMinutes(1));
        await store.ClaimAsync(b, "q", 100, Ct);
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        var topic = sheet.RowOfKind("topic");
        sheet.Set(topic, "decision", "approve");

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("late.csv")), new SheetImportOptions { Partial = true }, Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(2 + sheet.Rows.IndexOf(topic), error.Row);
        Assert.Contains("reserved", error.Message, StringComparison.Ordinal);
        Assert.Equal((0, 1), (result.Applied, result.Rejected));
        Assert.True(File.Exists(result.RejectedPath));
        Assert.Empty(await ExchangeSetup.DecisionsAsync(store));
        Assert.Equal(DecisionStatus.Accepted, (await store.DecideAsync(b, sheet.Get(topic, "unit_id"), new DecisionRequest { Decision = DecisionKind.Approve }, Ct)).Status);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_row_only_the_store_can_refuse_rolls_back_the_whole_import_unless_partial(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        var b = await ExchangeSetup.AnnotatorAsync(store, "B");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        _time.Advance(store.Options.SpreadsheetLease + TimeSpan.FromMinutes(1));
        var taken = Assert.Single(await store.ClaimAsync(b, "q", 1, Ct)).Unit.Id;
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        foreach (var row in sheet.Rows)
        {
            sheet.Set(row, "decision", "approve");
        }

        var strict = await SheetImport.RunAsync(store, sheet.Save(_folder.File("all.csv")), new SheetImportOptions(), Ct);
        var decisionsAfterStrict = await ExchangeSetup.DecisionsAsync(store);
        var partial = await SheetImport.RunAsync(store, sheet.Save(_folder.File("all.csv")), new SheetImportOptions { Partial = true }, Ct);

        Assert.Equal(0, strict.Applied);
        Assert.Contains(strict.Errors, e => e.Row == 2 + sheet.Rows.FindIndex(r => sheet.Get(r, "unit_id") == taken));
        Assert.Empty(decisionsAfterStrict);
        Assert.Equal(sheet.Rows.Count - 1, partial.Applied);
        Assert.DoesNotContain(await ExchangeSetup.DecisionsAsync(store), d => d.UnitId == taken);
    }
}
