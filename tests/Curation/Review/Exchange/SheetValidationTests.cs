using System.Text;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Exchange;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Tests.Review.Store;

namespace ValueAtlas.Curation.Tests.Review.Exchange;

public sealed class SheetValidationTests : IDisposable
{
    private const string Question = "사형제를 폐지해야 한다고 생각하십니까?";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly TempDirectory _folder = new();
    private readonly ManualTime _time = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Every_bad_row_is_reported_with_its_spreadsheet_row_number_and_nothing_is_applied(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, _) = await ExportAsync(store);
        var question = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && sheet.Get(r, "text_1") == Question);
        var topic = sheet.RowOfKind("topic");
        sheet.Rows.Clear();

        // Row 2's note spans two lines of the file: the rows after it must still be numbered as a spreadsheet shows them.
        var valid = sheet.AddCopy(topic, ("decision", "승인"), ("note", "첫 줄\n둘째 줄"));
        var unknownUnit = sheet.AddCopy(question, ("unit_id", "u_0000000000000000"), ("decision", "approve"));
        var changedText = sheet.AddCopy(question, ("text_1", "바뀐 질문"), ("decision", "approve"));
        var changedQueue = sheet.AddCopy(question, ("queue", "other"), ("decision", "approve"));
        var badDecision = sheet.AddCopy(question, ("decision", "maybe"));
        var noReason = sheet.AddCopy(question, ("decision", "reject"));
        var badReason = sheet.AddCopy(question, ("decision", "거절"), ("reason", "boring"));
        var otherWithoutNote = sheet.AddCopy(question, ("decision", "reject"), ("reason", "other"));
        var editWithoutText = sheet.AddCopy(question, ("decision", "edit"));
        var editSameText = sheet.AddCopy(question, ("decision", "수정"), ("edit_1", Question));
        var approveWithEdit = sheet.AddCopy(question, ("decision", "approve"), ("edit_2", "네"));
        var unknownAnnotator = sheet.AddCopy(question, ("annotator", "ann_nobody"), ("decision", "approve"));
        var editWithoutDecision = sheet.AddCopy(question, ("edit_1", "사형제 폐지에 찬성하십니까?"));
        sheet.AddCopy(question);
        var audit = await ExchangeSetup.AuditCountAsync(store);

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("bad.csv")), new SheetImportOptions(), Ct);

        Assert.True(result.NothingApplied);
        Assert.Equal((0, 0, 1, 12), (result.Applied, result.Unchanged, result.Skipped, result.Rejected));
        Assert.Equal(
            [
                (unknownUnit, "unknown unit \"u_0000000000000000\""),
                (changedText, $"read-only column text_1 was changed: was \"{Question}\", now \"바뀐 질문\""),
                (changedQueue, "read-only column queue was changed: was \"q\", now \"other\""),
                (badDecision, "decision \"maybe\" is not approve, reject or edit (승인, 거절, 수정)"),
                (noReason, "reject needs a reason, one of: off-topic, wrong-stance, not-binary, unnatural, meaning-changed, factual-error, harmful, duplicate, other"),
                (badReason, "reject needs a reason, one of: off-topic, wrong-stance, not-binary, unnatural, meaning-changed, factual-error, harmful, duplicate, other"),
                (otherWithoutNote, "reason 'other' needs a note saying why"),
                (editWithoutText, "decision is edit but every edit_N cell is empty: write the new text in the edit cell beside the text it replaces"),
                (editSameText, "edit_1: the same as the original text, so nothing is edited; write approve instead"),
                (approveWithEdit, "an approval carries no edits; use decision \"edit\""),
                (unknownAnnotator, "annotator \"ann_nobody\" is not a known annotator id"),
                (editWithoutDecision, "decision is empty but edit_1 is filled: write approve, reject or edit (승인, 거절, 수정), or clear it"),
            ],
            result.Errors.Select(e => (e.Row, e.Message)));
        Assert.Equal(2, valid);
        Assert.Empty(await ExchangeSetup.DecisionsAsync(store));
        Assert.Equal(audit, await ExchangeSetup.AuditCountAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Korean_decision_words_and_reason_labels_are_recorded_as_their_codes(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, _) = await ExportAsync(store);
        var question = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && sheet.Get(r, "text_1") == Question);
        sheet.Set(sheet.RowOfKind("topic"), "decision", "승인");
        sheet.Set(sheet.RowOfKind("paraphrases"), "decision", " 거절 ").Set(sheet.RowOfKind("paraphrases"), "reason", "중복");
        sheet.Set(question, "decision", "수정").Set(question, "edit_3", "반대");

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("ko.csv")), new SheetImportOptions(), Ct);

        Assert.Empty(result.Errors);
        var stored = await ExchangeSetup.DecisionsAsync(store);
        Assert.Equal(
            [(DecisionKind.Approve, null), (DecisionKind.Reject, "duplicate"), (DecisionKind.Edit, null)],
            stored.Select(d => (d.Decision, d.Reason)).OrderBy(d => d.Decision));
        Assert.Equal("반대", stored.Single(d => d.Decision == DecisionKind.Edit).Edits["option:2"]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task A_changed_decision_on_a_second_import_is_refused_before_any_row_is_applied(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, a) = await ExportAsync(store);
        var topic = sheet.RowOfKind("topic");
        sheet.Set(topic, "decision", "approve");
        await SheetImport.RunAsync(store, sheet.Save(_folder.File("1.csv")), new SheetImportOptions(), Ct);
        sheet.Set(topic, "decision", "reject").Set(topic, "reason", "duplicate");
        sheet.Set(sheet.RowOfKind("paraphrases"), "decision", "approve");

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("2.csv")), new SheetImportOptions(), Ct);

        Assert.Equal([new SheetError(2 + sheet.Rows.IndexOf(topic), $"{a.Id} already decided this unit (approve); an import cannot change a decision")], result.Errors);
        Assert.Single(await ExchangeSetup.DecisionsAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Units_already_final_or_in_another_language_are_refused_up_front(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, _) = await ExportAsync(store);
        var other = await ExchangeSetup.AnnotatorAsync(store, "B");
        var english = (await store.AddAnnotatorAsync("Erin", AnnotatorRole.Annotator, ["en"], Ct)).Annotator;
        var topic = sheet.RowOfKind("topic");
        _time.Advance(store.Options.SpreadsheetLease + TimeSpan.FromMinutes(1));
        var taken = (await store.ClaimAsync(other, "q", 100, Ct)).Single(u => u.Unit.Id == sheet.Get(topic, "unit_id"));
        await store.DecideAsync(other, taken.Unit.Id, new DecisionRequest { Decision = DecisionKind.Approve }, Ct);
        sheet.Set(topic, "decision", "approve");
        var foreign = sheet.AddCopy(sheet.RowOfKind("paraphrases"), ("annotator", english.Id), ("decision", "approve"));

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("late.csv")), new SheetImportOptions(), Ct);

        Assert.Equal(
            [
                new SheetError(2 + sheet.Rows.IndexOf(topic), "the unit is already final (approved) and takes no more decisions"),
                new SheetError(foreign, $"the unit is in 'ko', which {english.Id} does not review"),
            ],
            result.Errors.OrderBy(e => e.Row));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Partial_import_applies_the_valid_rows_and_writes_the_rejected_ones_to_fix_and_import_again(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, _) = await ExportAsync(store);
        var question = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && sheet.Get(r, "text_1") == Question);
        var otherQuestion = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && r != question);
        sheet.Set(sheet.RowOfKind("topic"), "decision", "approve");
        sheet.Set(sheet.RowOfKind("paraphrases"), "decision", "approve");
        sheet.Set(question, "decision", "edit");
        sheet.Set(otherQuestion, "decision", "reject").Set(otherQuestion, "reason", "boring");
        var path = sheet.Save(_folder.File("mixed.csv"));

        var result = await SheetImport.RunAsync(store, path, new SheetImportOptions { Partial = true }, Ct);

        Assert.Equal((2, 0, 0, 2), (result.Applied, result.Unchanged, result.Skipped, result.Rejected));
        Assert.Equal(_folder.File("mixed.rejected.csv"), result.RejectedPath);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(result.RejectedPath!))[..3]);
        var rejected = TestSheet.Load(result.RejectedPath!);
        Assert.Equal([.. sheet.Header, "error"], rejected.Header);
        Assert.Equal(
            new[] { sheet.Get(question, "unit_id"), sheet.Get(otherQuestion, "unit_id") }.Order(StringComparer.Ordinal),
            rejected.Rows.Select(r => rejected.Get(r, "unit_id")).Order(StringComparer.Ordinal));
        Assert.All(rejected.Rows, r => Assert.NotEqual("", rejected.Get(r, "error")));
        Assert.Equal(2, (await ExchangeSetup.DecisionsAsync(store)).Count);

        rejected.Set(rejected.Row(sheet.Get(question, "unit_id")), "edit_1", "사형제를 폐지해야 한다고 보십니까?");
        rejected.Set(rejected.Row(sheet.Get(otherQuestion, "unit_id")), "reason", "not-binary");
        var fixedRows = await SheetImport.RunAsync(store, rejected.Save(result.RejectedPath!), new SheetImportOptions(), Ct);

        Assert.Empty(fixedRows.Errors);
        Assert.Equal(2, fixedRows.Applied);
        Assert.Equal(4, (await ExchangeSetup.DecisionsAsync(store)).Count);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Sheet_saved_in_a_legacy_Korean_encoding_is_refused_with_the_fix(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, _) = await ExportAsync(store);
        var utf8 = Encoding.UTF8.GetBytes(string.Join(",", sheet.Header) + "\r\n");

        // "사형" in EUC-KR / CP949, which Excel writes for "CSV (쉼표로 분리)" on a Korean Windows.
        await File.WriteAllBytesAsync(_folder.File("ansi.csv"), [.. utf8, .. "q,u_1,a,topic,ko,KR,"u8, 0xBB, 0xE7, 0xC7, 0xFC, .. "\r\n"u8]);

        var result = await SheetImport.RunAsync(store, _folder.File("ansi.csv"), new SheetImportOptions(), Ct);

        var error = Assert.Single(result.Errors);
        Assert.Equal(1, error.Row);
        Assert.Contains("CSV UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Sheet_missing_a_column_is_refused_on_row_1(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var (sheet, _) = await ExportAsync(store);
        var decision = sheet.Column("decision");
        foreach (var record in sheet.Rows.Prepend(sheet.Header))
        {
            record.RemoveAt(decision);
        }

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("cut.csv"), quoteAll: true), new SheetImportOptions { Partial = true }, Ct);

        Assert.Equal([new SheetError(1, "column decision is missing")], result.Errors);
        Assert.True(result.NothingApplied);
    }

    private async Task<(TestSheet Sheet, Annotator A)> ExportAsync(ReviewStore store)
    {
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        return (TestSheet.Load(_folder.File("a.csv")), a);
    }
}
