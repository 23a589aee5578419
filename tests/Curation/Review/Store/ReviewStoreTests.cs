using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Audit;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Tests.Review.Store;

public sealed class ReviewStoreTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DecisionRequest Approve = new() { Decision = DecisionKind.Approve };

    private readonly TempDirectory _folder = new();
    private readonly ManualTime _time = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Enqueueing_the_same_items_again_changes_nothing(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var first = await EnqueueAsync(store, overlap: 2);
        var auditBefore = await store.AuditAsync(new AuditQuery(), Ct).CountAsync();
        var second = await EnqueueAsync(store, overlap: 2);

        // Two topics (Korean, English), two questions, one paraphrase group, one translation.
        Assert.Equal(new EnqueueResult(6, 0), first);
        Assert.Equal(new EnqueueResult(0, 6), second);
        Assert.Equal(auditBefore, await store.AuditAsync(new AuditQuery(), Ct).CountAsync());
        Assert.Equal(6, (await store.StatusAsync(Ct)).Single().Units);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Annotator_only_gets_units_in_languages_they_read(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 1);
        var english = (await store.AddAnnotatorAsync("Alice", AnnotatorRole.Annotator, ["en"], Ct)).Annotator;

        var units = new List<UnitView>();
        for (var next = await store.NextUnitAsync(english, "q", Ct); next is not null; next = await store.NextUnitAsync(english, "q", Ct))
        {
            units.Add(next);
            Assert.Equal(DecisionStatus.Accepted, (await store.DecideAsync(english, next.Unit.Id, Approve, Ct)).Status);
        }

        Assert.Equal([UnitKind.Topic, UnitKind.Translation], units.Select(u => u.Unit.Kind).Order());
        Assert.All(units, u => Assert.Equal("en", u.Unit.Language));
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Two_agreeing_approvals_approve_and_nobody_gets_the_unit_again(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 2);
        var (a, b, c) = await ThreeKoreanAnnotatorsAsync(store);

        var unit = (await store.NextUnitAsync(a, "q", Ct))!;
        Assert.Equal(unit.Unit.Id, (await store.NextUnitAsync(b, "q", Ct))!.Unit.Id);
        Assert.NotEqual(unit.Unit.Id, (await store.NextUnitAsync(c, "q", Ct))!.Unit.Id);
        Assert.Equal(UnitState.Open, (await store.DecideAsync(a, unit.Unit.Id, Approve, Ct)).State);
        Assert.Equal(UnitState.Approved, (await store.DecideAsync(b, unit.Unit.Id, Approve, Ct)).State);

        Assert.NotEqual(unit.Unit.Id, (await store.NextUnitAsync(a, "q", Ct))?.Unit.Id);
        Assert.Equal(DecisionStatus.Conflict, (await store.DecideAsync(c, unit.Unit.Id, Approve, Ct)).Status);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Second_different_decision_by_the_same_annotator_is_a_conflict_and_the_same_one_changes_nothing(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 2);
        var (a, _, _) = await ThreeKoreanAnnotatorsAsync(store);
        var unit = (await store.NextUnitAsync(a, "q", Ct))!;
        await store.DecideAsync(a, unit.Unit.Id, Approve, Ct);

        var same = await store.DecideAsync(a, unit.Unit.Id, Approve, Ct);
        var different = await store.DecideAsync(a, unit.Unit.Id, new DecisionRequest { Decision = DecisionKind.Reject, Reason = "duplicate" }, Ct);

        Assert.Equal(DecisionStatus.Unchanged, same.Status);
        Assert.Equal(DecisionStatus.Conflict, different.Status);
        Assert.Single((await store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit.Unit.Id).Decisions);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Disagreement_goes_to_an_adjudicator_who_sees_the_decisions_and_whose_decision_is_final(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 2);
        var (a, b, _) = await ThreeKoreanAnnotatorsAsync(store);
        var judge = (await store.AddAnnotatorAsync("Judge", AnnotatorRole.Adjudicator, ["ko"], Ct)).Annotator;
        var unit = (await store.NextUnitAsync(a, "q", Ct))!;
        Assert.Empty(unit.OtherDecisions);
        await store.DecideAsync(a, unit.Unit.Id, Approve, Ct);
        var seenByB = (await store.NextUnitAsync(b, "q", Ct))!;
        Assert.Empty(seenByB.OtherDecisions);
        var disagreed = await store.DecideAsync(b, unit.Unit.Id, new DecisionRequest { Decision = DecisionKind.Reject, Reason = "off-topic" }, Ct);
        Assert.Equal(UnitState.Adjudication, disagreed.State);

        var forJudge = (await store.NextUnitAsync(judge, "q", Ct))!;
        var withoutRationale = await store.DecideAsync(judge, unit.Unit.Id, Approve, Ct);
        var byAnnotator = await store.DecideAsync(
            (await store.AddAnnotatorAsync("Dora", AnnotatorRole.Annotator, ["ko"], Ct)).Annotator, unit.Unit.Id, Approve with { Rationale = "x" }, Ct);
        var final = await store.DecideAsync(judge, unit.Unit.Id, Approve with { Rationale = "주제와 관련 있음" }, Ct);

        Assert.True(forJudge.Adjudication);
        Assert.Equal(unit.Unit.Id, forJudge.Unit.Id);
        Assert.Equal(2, forJudge.OtherDecisions.Count);
        Assert.Equal(DecisionStatus.Invalid, withoutRationale.Status);
        Assert.Equal(DecisionStatus.Forbidden, byAnnotator.Status);
        Assert.Equal(UnitState.Approved, final.State);
        var record = (await store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit.Unit.Id);
        Assert.Equal("주제와 관련 있음", record.Final!.Rationale);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Edit_keeps_the_original_beside_a_diff_and_counts_as_approval(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 1);
        var (a, _, _) = await ThreeKoreanAnnotatorsAsync(store);
        var unit = (await store.ClaimAsync(a, "q", 100, Ct)).First(u => u.Unit.Kind == UnitKind.Question);
        var question = unit.Unit.Fields.First(f => f.Key == "question");
        var edit = new DecisionRequest { Decision = DecisionKind.Edit, Edits = new Dictionary<string, string> { [question.Key] = question.Text.Replace("생각하십니까", "보십니까") } };

        var result = await store.DecideAsync(a, unit.Unit.Id, edit, Ct);

        Assert.Equal(UnitState.Approved, result.State);
        var stored = (await store.UnitsAsync("q", Ct)).Single(u => u.Unit.Id == unit.Unit.Id);
        Assert.Equal(question.Text, stored.Unit.Fields.First(f => f.Key == question.Key).Text);
        Assert.Contains("[-", stored.Final!.Diffs[question.Key], StringComparison.Ordinal);
        Assert.Contains("{+", stored.Final.Diffs[question.Key], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Bad_decisions_are_refused_with_a_reason(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 1);
        var (a, _, _) = await ThreeKoreanAnnotatorsAsync(store);
        var english = (await store.AddAnnotatorAsync("Erin", AnnotatorRole.Annotator, ["en"], Ct)).Annotator;
        var unit = (await store.NextUnitAsync(a, "q", Ct))!;

        Assert.Equal(DecisionStatus.NotFound, (await store.DecideAsync(a, "u_0000000000000000", Approve, Ct)).Status);
        Assert.Equal(DecisionStatus.Forbidden, (await store.DecideAsync(english, unit.Unit.Id, Approve, Ct)).Status);
        Assert.Equal(DecisionStatus.Invalid, (await store.DecideAsync(a, unit.Unit.Id, new() { Decision = DecisionKind.Reject, Reason = "boring" }, Ct)).Status);
        Assert.Equal(DecisionStatus.Invalid, (await store.DecideAsync(a, unit.Unit.Id, new() { Decision = DecisionKind.Reject, Reason = "other" }, Ct)).Status);
        Assert.Equal(DecisionStatus.Invalid, (await store.DecideAsync(a, unit.Unit.Id, new() { Decision = DecisionKind.Edit }, Ct)).Status);
        var unknownField = new DecisionRequest { Decision = DecisionKind.Edit, Edits = new Dictionary<string, string> { ["nope"] = "x" } };
        Assert.Contains("not an editable field", (await store.DecideAsync(a, unit.Unit.Id, unknownField, Ct)).Message, StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.Accepted, (await store.DecideAsync(a, unit.Unit.Id, new() { Decision = DecisionKind.Reject, Reason = "other", Note = "어색함" }, Ct)).Status);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Undo_takes_back_the_last_decision_while_the_unit_is_open_and_gives_the_unit_back(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 2);
        var (a, b, _) = await ThreeKoreanAnnotatorsAsync(store);
        var unit = (await store.NextUnitAsync(a, "q", Ct))!;
        await store.DecideAsync(a, unit.Unit.Id, Approve, Ct);

        var undone = await store.UndoLastAsync(a, Ct);
        var again = await store.NextUnitAsync(a, "q", Ct);
        await store.DecideAsync(a, unit.Unit.Id, Approve, Ct);
        await store.NextUnitAsync(b, "q", Ct);
        await store.DecideAsync(b, unit.Unit.Id, Approve, Ct);
        var tooLate = await store.UndoLastAsync(b, Ct);

        Assert.Equal(DecisionStatus.Accepted, undone.Status);
        Assert.Equal(unit.Unit.Id, again!.Unit.Id);
        Assert.Equal(DecisionStatus.Conflict, tooLate.Status);
        Assert.Contains(await store.AuditAsync(new AuditQuery { UnitId = unit.Unit.Id }, Ct).ToListAsync(), e => e.Action == "decision.undo" && e.Before is not null);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Reserved_units_are_not_handed_out_beyond_overlap_until_the_lease_expires(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 1);
        var (a, b, _) = await ThreeKoreanAnnotatorsAsync(store);
        var held = (await store.NextUnitAsync(a, "q", Ct))!;

        var other = await store.NextUnitAsync(b, "q", Ct);
        _time.Advance(store.Options.Lease + TimeSpan.FromSeconds(1));
        var afterExpiry = await store.ClaimAsync(b, "q", 100, Ct);

        Assert.NotEqual(held.Unit.Id, other!.Unit.Id);
        Assert.Contains(afterExpiry, u => u.Unit.Id == held.Unit.Id);
        Assert.Equal(DecisionStatus.Conflict, (await store.DecideAsync(a, held.Unit.Id, Approve, Ct)).Status);
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Token_logs_in_only_its_annotator_and_only_its_hash_is_stored(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        var added = await store.AddAnnotatorAsync("김민지", AnnotatorRole.Annotator, ["ko", "en"], Ct);

        Assert.Equal(added.Annotator, await store.AuthenticateAsync(added.Token, Ct), AnnotatorComparer.Instance);
        Assert.Null(await store.AuthenticateAsync(added.Token + "x", Ct));
        Assert.Null(await store.AuthenticateAsync("", Ct));
        if (kind == "sqlite")
        {
            await store.DisposeAsync();
            var bytes = await File.ReadAllBytesAsync(_folder.File("review.db"));
            var wal = File.Exists(_folder.File("review.db-wal")) ? await File.ReadAllBytesAsync(_folder.File("review.db-wal")) : [];
            Assert.DoesNotContain(added.Token, System.Text.Encoding.UTF8.GetString([.. bytes, .. wal]), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(TestStores.Kinds), MemberType = typeof(TestStores))]
    public async Task Activity_counts_each_annotators_decisions_and_adjudications_per_queue(string kind)
    {
        await using var store = await TestStores.OpenAsync(kind, _folder, _time);
        await EnqueueAsync(store, overlap: 2);
        var (a, b, _) = await ThreeKoreanAnnotatorsAsync(store);
        var judge = (await store.AddAnnotatorAsync("Judge", AnnotatorRole.Adjudicator, ["ko"], Ct)).Annotator;
        var unit = (await store.NextUnitAsync(a, "q", Ct))!;
        await store.DecideAsync(a, unit.Unit.Id, Approve, Ct);
        await store.NextUnitAsync(b, "q", Ct);
        await store.DecideAsync(b, unit.Unit.Id, new DecisionRequest { Decision = DecisionKind.Reject, Reason = "duplicate" }, Ct);
        _time.Advance(TimeSpan.FromMinutes(5));
        await store.NextUnitAsync(judge, "q", Ct);
        await store.DecideAsync(judge, unit.Unit.Id, Approve with { Rationale = "괜찮음" }, Ct);

        var activity = await store.ActivityAsync(Ct);

        Assert.Equal(["A:1:0", "B:1:0", "Judge:1:1"], activity.Select(x => $"{x.Annotator.Name}:{x.Decisions}:{x.Adjudications}").Order());
        Assert.Equal(_time.GetUtcNow(), activity.Single(x => x.Annotator.Name == "Judge").LastDecisionAt);
    }

    private static async Task<EnqueueResult> EnqueueAsync(ReviewStore store, int overlap)
    {
        var items = SampleItems.Korean();
        var units = UnitBuilder.Build("q", items, new HashSet<UnitKind>(UnitKinds.All));
        return await store.EnqueueAsync("q", overlap, units, items, Ct);
    }

    private static async Task<(Annotator A, Annotator B, Annotator C)> ThreeKoreanAnnotatorsAsync(ReviewStore store) => (
        (await store.AddAnnotatorAsync("A", AnnotatorRole.Annotator, ["ko"], Ct)).Annotator,
        (await store.AddAnnotatorAsync("B", AnnotatorRole.Annotator, ["ko"], Ct)).Annotator,
        (await store.AddAnnotatorAsync("C", AnnotatorRole.Annotator, ["ko"], Ct)).Annotator);
}
