using System.Data.Common;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;
using ValueAtlas.Curation.Review.Store.Sql;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    private const string DecisionColumns = "unit_id, annotator_id, decision, reason, note, edits, diffs, adjudication, rationale, decided_at";

    /// <summary>
    /// Records a decision, or says why not. A unit open for annotation takes decisions until it
    /// has its overlap; then it is approved or rejected when they agree and goes to adjudication
    /// when they do not. A unit in adjudication takes one decision, from an adjudicator, final.
    /// </summary>
    public async Task<DecisionResult> DecideAsync(Annotator who, string unitId, DecisionRequest request, CancellationToken cancellationToken)
    {
        await using var session = await WriteAsync(null, cancellationToken);
        var result = await DecideInAsync(session, who, unitId, request, cancellationToken);
        if (result.Applied)
        {
            await session.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Several decisions in one transaction (a spreadsheet). With <paramref name="allOrNothing"/>,
    /// one refusal rolls back the rest, so either every row counts or none does. Units are locked
    /// in id order, the same order any other batch takes, so two batches cannot deadlock.
    /// </summary>
    public async Task<DecisionBatchResult> DecideAllAsync(
        IReadOnlyList<(Annotator Who, string UnitId, DecisionRequest Request)> batch, bool allOrNothing, CancellationToken cancellationToken)
    {
        await using var session = await WriteAsync(null, cancellationToken);
        var results = new DecisionResult[batch.Count];
        foreach (var i in Enumerable.Range(0, batch.Count).OrderBy(i => batch[i].UnitId, StringComparer.Ordinal))
        {
            results[i] = await DecideInAsync(session, batch[i].Who, batch[i].UnitId, batch[i].Request, cancellationToken);
        }

        var refused = results.Any(r => r.Status is not (DecisionStatus.Accepted or DecisionStatus.Unchanged));
        if (refused && allOrNothing)
        {
            return new DecisionBatchResult(Committed: false, results);
        }

        await session.CommitAsync(cancellationToken);
        return new DecisionBatchResult(Committed: true, results);
    }

    /// <summary>Checks everything before it writes anything, so a refusal leaves the transaction untouched.</summary>
    private async Task<DecisionResult> DecideInAsync(SqlSession session, Annotator who, string unitId, DecisionRequest request, CancellationToken cancellationToken)
    {
        var rows = await session.QueryAsync(
            $"SELECT u.content, u.state, u.decided, u.queue FROM units u WHERE u.id = @u{_dialect.LockRow}",
            r => (Unit: FromJson<ReviewUnit>(r.GetString(0)), State: ParseState(r.GetString(1)), Decided: Convert.ToInt32(r.GetValue(2)), Queue: r.GetString(3)),
            cancellationToken, ("u", unitId));
        if (rows.Count == 0)
        {
            return DecisionResult.Fail(DecisionStatus.NotFound, $"no unit {unitId}");
        }

        var (unit, state, decided, queue) = rows[0];
        var overlap = await OverlapAsync(session, queue, cancellationToken) ?? 0;
        if (!who.Reads(unit.Language))
        {
            return DecisionResult.Fail(DecisionStatus.Forbidden, $"unit {unitId} is in '{unit.Language}', which {who.Name} does not review");
        }

        var mine = await DecisionOfAsync(session, who, unitId, cancellationToken);
        var now = _time.GetUtcNow();
        var adjudication = state == UnitState.Adjudication;
        var record = ToRecord(unit, who, request, adjudication, now);
        if (mine is not null)
        {
            return mine.Repeats(request)
                ? new DecisionResult(DecisionStatus.Unchanged, "the same decision is already recorded", state)
                : DecisionResult.Fail(DecisionStatus.Conflict, $"{who.Name} has already decided unit {unitId}");
        }

        if (state is UnitState.Approved or UnitState.Rejected)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, $"unit {unitId} is already final ({StateName(state)})");
        }

        if (adjudication && !who.CanAdjudicate)
        {
            return DecisionResult.Fail(DecisionStatus.Forbidden, $"unit {unitId} awaits adjudication, which needs the adjudicator role");
        }

        var nowText = Stamp(now);
        if (!adjudication)
        {
            var leases = await session.QueryAsync(
                "SELECT annotator_id FROM leases WHERE unit_id = @u AND expires_at > @now", r => r.GetString(0),
                cancellationToken, ("u", unitId), ("now", nowText));
            var holds = leases.Count(a => a == who.Id);
            var others = leases.Count - holds;
            if (decided >= overlap || (holds == 0 && decided + others >= overlap))
            {
                return DecisionResult.Fail(DecisionStatus.Conflict, $"unit {unitId} already has its {overlap} decisions or they are reserved");
            }
        }

        var problem = DecisionValidator.Problem(unit, request, Options, adjudication);
        if (problem is not null)
        {
            return DecisionResult.Fail(DecisionStatus.Invalid, problem);
        }

        var newState = adjudication
            ? FinalState(record)
            : decided + 1 < overlap ? UnitState.Open : Outcome([.. await DecisionsOfAsync(session, unitId, cancellationToken), record]);

        // One round trip for the four writes: on PostgreSQL each statement would otherwise wait for the network.
        await session.ExecuteAsync(
            $"""
            INSERT INTO decisions ({DecisionColumns}) VALUES (@u, @a, @d, @reason, @note, @edits, @diffs, @adj, @rationale, @at);
            UPDATE units SET state = @state, decided = @decided WHERE id = @u;
            DELETE FROM leases WHERE unit_id = @u AND annotator_id = @a;
            INSERT INTO audit (at, actor, action, queue, unit_id, before_json, after_json) VALUES (@at, @a, @action, @q, @u, @before, @after)
            """,
            cancellationToken,
            ("u", unitId), ("a", who.Id), ("d", DecisionName(record.Decision)), ("reason", record.Reason), ("note", record.Note),
            ("edits", ToJson(record.Edits)), ("diffs", ToJson(record.Diffs)), ("adj", adjudication ? 1 : 0), ("rationale", record.Rationale),
            ("at", nowText), ("state", StateName(newState)), ("decided", adjudication ? decided : decided + 1),
            ("action", adjudication ? "decision.adjudicate" : "decision.add"), ("q", queue),
            ("before", ToJson(new { state = StateName(state) })), ("after", ToJson(new { state = StateName(newState), decision = record })));
        return new DecisionResult(DecisionStatus.Accepted, $"recorded; unit is {StateName(newState)}", newState);
    }

    /// <summary>Agreement means the same kind and the same edited text; anything else needs an adjudicator.</summary>
    internal static UnitState Outcome(IReadOnlyList<DecisionRecord> decisions) =>
        decisions.All(d => d.SameOutcome(decisions[0])) ? FinalState(decisions[0]) : UnitState.Adjudication;

    private static UnitState FinalState(DecisionRecord decision) =>
        decision.Decision == DecisionKind.Reject ? UnitState.Rejected : UnitState.Approved;

    private static DecisionRecord ToRecord(ReviewUnit unit, Annotator who, DecisionRequest request, bool adjudication, DateTimeOffset now)
    {
        var edits = request.Decision == DecisionKind.Edit && request.Edits is not null
            ? request.Edits.ToDictionary(e => e.Key, e => e.Value.Trim(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var diffs = edits
            .Where(e => unit.Fields.Any(f => f.Key == e.Key))
            .ToDictionary(e => e.Key, e => TextDiff.Words(unit.Fields.First(f => f.Key == e.Key).Text, e.Value), StringComparer.Ordinal);
        return new DecisionRecord
        {
            UnitId = unit.Id,
            AnnotatorId = who.Id,
            Decision = request.Decision,
            Reason = request.Decision == DecisionKind.Reject ? request.Reason : null,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            Edits = edits,
            Diffs = diffs,
            Adjudication = adjudication,
            Rationale = adjudication ? request.Rationale?.Trim() : null,
            DecidedAt = now,
        };
    }

    public static string DecisionName(DecisionKind kind) => kind.ToString().ToLowerInvariant();

    private static DecisionRecord ReadDecision(DbDataReader r) => new()
    {
        UnitId = r.GetString(0),
        AnnotatorId = r.GetString(1),
        Decision = Enum.Parse<DecisionKind>(r.GetString(2), ignoreCase: true),
        Reason = r.IsDBNull(3) ? null : r.GetString(3),
        Note = r.IsDBNull(4) ? null : r.GetString(4),
        Edits = FromJson<Dictionary<string, string>>(r.GetString(5)),
        Diffs = FromJson<Dictionary<string, string>>(r.GetString(6)),
        Adjudication = Convert.ToInt32(r.GetValue(7)) == 1,
        Rationale = r.IsDBNull(8) ? null : r.GetString(8),
        DecidedAt = ParseStamp(r.GetString(9)),
    };

    /// <summary>A queue's overlap never changes once the queue exists (enqueue refuses another), so it is read once.</summary>
    private async Task<int?> OverlapAsync(SqlSession session, string queue, CancellationToken cancellationToken)
    {
        if (_overlaps.TryGetValue(queue, out var known))
        {
            return known;
        }

        var found = await session.QueryAsync(
            "SELECT overlap FROM queues WHERE name = @q", r => Convert.ToInt32(r.GetValue(0)), cancellationToken, ("q", queue));
        if (found.Count == 0)
        {
            return null;
        }

        _overlaps[queue] = found[0];
        return found[0];
    }
}
