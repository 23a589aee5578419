using System.Text;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Exchange;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;
using ValueAtlas.Curation.Tests.Review.Store;

namespace ValueAtlas.Curation.Tests.Review.Exchange;

public sealed class SheetRoundTripTests : IDisposable
{
    private const string Question = "사형제를 폐지해야 한다고 생각하십니까?";
    private const string EditedQuestion = "사형제를 폐지해야 한다고 보십니까?";
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly TempDirectory _folder = new();
    private readonly ManualTime _time = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Export_writes_a_BOM_CRLF_and_Korean_as_UTF8_bytes_with_one_row_per_unit_and_empty_decisions(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "김민지");

        var result = await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);

        var bytes = await File.ReadAllBytesAsync(_folder.File("a.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Question)) > 0, "the Korean question is not in the file as UTF-8");
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("queue,unit_id,annotator,kind,", text, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // Topic, two questions and the paraphrase set are Korean; the English topic and translation are not hers.
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        Assert.Equal(4, result.Units);
        Assert.Equal(4, sheet.Rows.Count);
        Assert.All(sheet.Rows, r => Assert.Equal(a.Id, sheet.Get(r, "annotator")));
        Assert.All(sheet.Rows, r => Assert.All(["decision", "reason", "note", "rationale", "edit_1", "edit_2", "edit_3"], c => Assert.Equal("", sheet.Get(r, c))));
        var question = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && sheet.Get(r, "text_1") == Question);
        Assert.Equal(("question", "Should the death penalty be abolished?"), (sheet.Get(question, "field_1"), sheet.Get(question, "text_en_1")));
        Assert.Equal(("option:1", "opposes", "예"), (sheet.Get(question, "field_2"), sheet.Get(question, "stance_2"), sheet.Get(question, "text_2")));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Exported_units_are_reserved_so_nobody_else_gets_them(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        var b = await ExchangeSetup.AnnotatorAsync(store, "B");

        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);

        Assert.Empty(await store.ClaimAsync(b, "q", 100, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Round_trip_stores_exactly_the_filled_decisions_with_the_Korean_edit_and_its_diff(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        var question = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && sheet.Get(r, "text_1") == Question);
        var other = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && r != question);
        var topic = sheet.RowOfKind("topic");
        sheet.Set(question, "decision", "edit").Set(question, "edit_1", EditedQuestion).Set(question, "note", "더 자연스러운 표현");
        sheet.Set(other, "decision", "reject").Set(other, "reason", "not-binary");
        sheet.Set(topic, "decision", "approve");

        var result = await SheetImport.RunAsync(store, sheet.Save(_folder.File("filled.csv")), new SheetImportOptions(), Ct);

        Assert.Empty(result.Errors);
        Assert.Equal((3, 0, 1, 0), (result.Applied, result.Unchanged, result.Skipped, result.Rejected));
        var stored = await ExchangeSetup.DecisionsAsync(store);
        Assert.All(stored, d => Assert.Equal(a.Id, d.AnnotatorId));
        Assert.Equal(
            new[] { (sheet.Get(question, "unit_id"), DecisionKind.Edit, (string?)null), (sheet.Get(other, "unit_id"), DecisionKind.Reject, "not-binary"), (sheet.Get(topic, "unit_id"), DecisionKind.Approve, null) }
                .OrderBy(d => d.Item1, StringComparer.Ordinal),
            stored.Select(d => (d.UnitId, d.Decision, d.Reason)));
        var edit = stored.Single(d => d.Decision == DecisionKind.Edit);
        Assert.Equal(new Dictionary<string, string> { ["question"] = EditedQuestion }, edit.Edits);
        Assert.Equal("사형제를 폐지해야 한다고 [-생각하십니까?-]{+보십니까?+}", edit.Diffs["question"]);
        Assert.Equal("더 자연스러운 표현", edit.Note);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Importing_the_same_file_twice_changes_no_decision_and_no_audit_entry(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        foreach (var row in sheet.Rows)
        {
            sheet.Set(row, "decision", sheet.Get(row, "kind") == "paraphrases" ? "reject" : "approve").Set(row, "reason", "duplicate");
        }

        var path = sheet.Save(_folder.File("filled.csv"));
        var first = await SheetImport.RunAsync(store, path, new SheetImportOptions(), Ct);
        var decisions = await ExchangeSetup.DecisionsAsync(store);
        var audit = await ExchangeSetup.AuditCountAsync(store);
        _time.Advance(TimeSpan.FromHours(1));
        var second = await SheetImport.RunAsync(store, path, new SheetImportOptions(), Ct);

        Assert.Equal((4, 0), (first.Applied, first.Unchanged));
        Assert.Equal((0, 4, 0), (second.Applied, second.Unchanged, second.Errors.Count));
        Assert.Equal(audit, await ExchangeSetup.AuditCountAsync(store));
        Assert.Equal(decisions.Select(d => (d.UnitId, d.Decision, d.Reason, d.DecidedAt)), (await ExchangeSetup.DecisionsAsync(store)).Select(d => (d.UnitId, d.Decision, d.Reason, d.DecidedAt)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Sheet_resaved_by_a_spreadsheet_with_quoted_cells_line_breaks_moved_columns_and_a_blank_row_imports(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 1);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        await SheetExport.WriteAsync(store, a, "q", _folder.File("a.csv"), Ct);
        var sheet = TestSheet.Load(_folder.File("a.csv"));
        var question = sheet.Rows.Single(r => sheet.Get(r, "kind") == "question" && sheet.Get(r, "text_1") == Question);
        var topic = sheet.RowOfKind("topic");
        sheet.Set(topic, "decision", "Approve").Set(topic, "note", "첫 줄\r\n둘째 줄, \"인용\"");
        sheet.Set(question, "decision", "edit").Set(question, "edit_1", "  " + EditedQuestion + "\r\n");

        // A person dragged the decision column to the end; the spreadsheet kept an empty row below the data.
        var decision = sheet.Column("decision");
        foreach (var record in sheet.Rows.Prepend(sheet.Header))
        {
            var cell = record[decision];
            record.RemoveAt(decision);
            record.Add(cell);
        }

        sheet.Rows.Add([.. sheet.Header.Select(_ => "")]);
        var path = sheet.Save(_folder.File("resaved.csv"), quoteAll: true);

        var result = await SheetImport.RunAsync(store, path, new SheetImportOptions(), Ct);

        Assert.Empty(result.Errors);
        Assert.Equal((2, 2), (result.Applied, result.Skipped));
        var stored = await ExchangeSetup.DecisionsAsync(store);
        Assert.Equal("첫 줄\n둘째 줄, \"인용\"", stored.Single(d => d.Decision == DecisionKind.Approve).Note);
        Assert.Equal(EditedQuestion, stored.Single(d => d.Decision == DecisionKind.Edit).Edits["question"]);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Adjudicator_sheet_shows_the_annotators_decisions_and_records_a_final_decision_with_its_rationale(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await ExchangeSetup.EnqueueAsync(store, overlap: 2);
        var a = await ExchangeSetup.AnnotatorAsync(store, "A");
        var b = await ExchangeSetup.AnnotatorAsync(store, "B");
        var judge = await ExchangeSetup.AnnotatorAsync(store, "Judge", Curation.Review.Annotators.AnnotatorRole.Adjudicator);
        var unit = (await store.ClaimAsync(a, "q", 100, Ct)).First(u => u.Unit.Kind == UnitKind.Topic).Unit;
        await store.ClaimAsync(b, "q", 100, Ct);
        await store.DecideAsync(a, unit.Id, new DecisionRequest { Decision = DecisionKind.Approve }, Ct);
        await store.DecideAsync(b, unit.Id, new DecisionRequest { Decision = DecisionKind.Reject, Reason = "off-topic" }, Ct);

        var exported = await SheetExport.WriteAsync(store, judge, "q", _folder.File("judge.csv"), Ct);
        var sheet = TestSheet.Load(_folder.File("judge.csv"));
        var row = sheet.Row(unit.Id);
        sheet.Set(row, "decision", "승인");
        var withoutRationale = await SheetImport.RunAsync(store, sheet.Save(_folder.File("1.csv")), new SheetImportOptions(), Ct);
        sheet.Set(row, "rationale", "주제와 관련 있음");
        var withRationale = await SheetImport.RunAsync(store, sheet.Save(_folder.File("2.csv")), new SheetImportOptions(), Ct);

        Assert.Equal((1, 1), (exported.Units, exported.Adjudications));
        Assert.Equal("yes", sheet.Get(row, "adjudication"));
        Assert.Equal($"{a.Id}: approve\n{b.Id}: reject (off-topic)", sheet.Get(row, "other_decisions"));
        Assert.Equal([new SheetError(2, "an adjudication needs a rationale")], withoutRationale.Errors);
        Assert.Equal(1, withRationale.Applied);
        var record = (await store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit.Id);
        Assert.Equal((UnitState.Approved, "주제와 관련 있음"), (record.State, record.Final!.Rationale));
    }
}
