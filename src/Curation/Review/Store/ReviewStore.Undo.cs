using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Decisions;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    /// <summary>
    /// Takes back this annotator's most recent decision while its unit is still open, and gives
    /// the unit back to them (the lease), so they decide it again rather than lose it to others.
    /// Once a unit has all its decisions, or for an adjudication, undo is refused: others may
    /// have acted on the outcome.
    /// </summary>
    public async Task<DecisionResult> UndoLastAsync(Annotator who, CancellationToken cancellationToken)
    {
        var last = await LastDecisionAsync(who, cancellationToken);
        if (last is null)
        {
            return DecisionResult.Fail(DecisionStatus.NotFound, $"{who.Name} has no decision to undo");
        }

        await using var session = await WriteAsync(null, cancellationToken);
        await session.ExecuteAsync($"SELECT id FROM units WHERE id = @u{_dialect.LockRow}", cancellationToken, ("u", last.Value.UnitId));
        var rows = await session.QueryAsync(
            """
            SELECT d.id, d.adjudication, u.state, u.decided FROM decisions d JOIN units u ON u.id = d.unit_id
            WHERE d.annotator_id = @a ORDER BY d.id DESC LIMIT 1
            """,
            r => (Id: Convert.ToInt64(r.GetValue(0)), Adjudication: Convert.ToInt32(r.GetValue(1)) == 1, State: ParseState(r.GetString(2)), Decided: Convert.ToInt32(r.GetValue(3))),
            cancellationToken, ("a", who.Id));
        var current = rows[0];
        if (current.Id != last.Value.Id)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, "another decision was made meanwhile; reload and try again");
        }

        if (current.Adjudication || current.State != UnitState.Open)
        {
            return DecisionResult.Fail(DecisionStatus.Conflict, $"unit {last.Value.UnitId} is {StateName(current.State)}, no longer open: its decisions stand");
        }

        var before = (await DecisionsOfAsync(session, last.Value.UnitId, cancellationToken)).First(d => d.AnnotatorId == who.Id);
        var now = _time.GetUtcNow();
        await session.ExecuteAsync("DELETE FROM decisions WHERE id = @id", cancellationToken, ("id", current.Id));
        await session.ExecuteAsync(
            "UPDATE units SET decided = @d WHERE id = @u", cancellationToken, ("d", current.Decided - 1), ("u", last.Value.UnitId));
        await LeaseAsync(session, last.Value.UnitId, who.Id, Stamp(now + Options.Lease), cancellationToken);
        await AuditAsync(
            session, Stamp(now), who.Id, "decision.undo", last.Value.Queue, last.Value.UnitId, ToJson(before), null, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return new DecisionResult(DecisionStatus.Accepted, $"decision on unit {last.Value.UnitId} undone", UnitState.Open);
    }

    private async Task<(long Id, string UnitId, string Queue)?> LastDecisionAsync(Annotator who, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var rows = await session.QueryAsync(
            "SELECT d.id, d.unit_id, u.queue FROM decisions d JOIN units u ON u.id = d.unit_id WHERE d.annotator_id = @a ORDER BY d.id DESC LIMIT 1",
            r => (Convert.ToInt64(r.GetValue(0)), r.GetString(1), r.GetString(2)),
            cancellationToken, ("a", who.Id));
        return rows.Count == 0 ? null : rows[0];
    }
}
