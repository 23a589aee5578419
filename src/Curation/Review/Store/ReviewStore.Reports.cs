using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Audit;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    /// <summary>Every queue's counts; with an annotator, also what they decided and what is left for them.</summary>
    public async Task<ProgressReport> ProgressAsync(Annotator who, CancellationToken cancellationToken) =>
        new(who, await QueuesAsync(who, cancellationToken));

    public Task<IReadOnlyList<QueueProgress>> StatusAsync(CancellationToken cancellationToken) => QueuesAsync(null, cancellationToken);

    /// <summary>A queue's units with all their decisions: for agreement, the approved export, and maintainers, never annotators.</summary>
    public async Task<IReadOnlyList<UnitRecord>> UnitsAsync(string queue, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var units = await session.QueryAsync(
            "SELECT u.content, u.state, q.overlap FROM units u JOIN queues q ON q.name = u.queue WHERE u.queue = @q ORDER BY u.seq",
            r => (Unit: FromJson<ReviewUnit>(r.GetString(0)), State: ParseState(r.GetString(1)), Overlap: Convert.ToInt32(r.GetValue(2))),
            cancellationToken, ("q", queue));
        var decisions = (await session.QueryAsync(
                $"SELECT {DecisionColumns} FROM decisions WHERE unit_id IN (SELECT id FROM units WHERE queue = @q) ORDER BY id",
                ReadDecision, cancellationToken, ("q", queue)))
            .ToLookup(d => d.UnitId, StringComparer.Ordinal);
        return units.Select(u => new UnitRecord { Unit = u.Unit, State = u.State, Overlap = u.Overlap, Decisions = [.. decisions[u.Unit.Id]] }).ToList();
    }

    /// <summary>One unit with its state, for spreadsheet validation; decisions are left out (blind).</summary>
    public async Task<UnitView?> FindUnitAsync(string unitId, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var rows = await session.QueryAsync(
            "SELECT u.content, u.state, q.overlap FROM units u JOIN queues q ON q.name = u.queue WHERE u.id = @u",
            r => new UnitView { Unit = FromJson<ReviewUnit>(r.GetString(0)), State = ParseState(r.GetString(1)), Overlap = Convert.ToInt32(r.GetValue(2)) },
            cancellationToken, ("u", unitId));
        return rows.FirstOrDefault();
    }

    public async IAsyncEnumerable<AuditEntry> AuditAsync(
        AuditQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Only the filters given become SQL: PostgreSQL cannot type a parameter that is only ever compared with NULL.
        var where = new List<string> { "seq > @after" };
        var parameters = new List<(string, object?)> { ("after", query.AfterSeq) };
        foreach (var (column, value) in new[] { ("queue", query.Queue), ("unit_id", query.UnitId), ("actor", query.Actor) })
        {
            if (value is not null)
            {
                where.Add($"{column} = @{column}");
                parameters.Add((column, value));
            }
        }

        await using var session = await ReadAsync(cancellationToken);
        var entries = await session.QueryAsync(
            $"SELECT seq, at, actor, action, queue, unit_id, before_json, after_json FROM audit WHERE {string.Join(" AND ", where)} ORDER BY seq",
            r => new AuditEntry
            {
                Seq = Convert.ToInt64(r.GetValue(0)),
                At = ParseStamp(r.GetString(1)),
                Actor = r.GetString(2),
                Action = r.GetString(3),
                Queue = r.IsDBNull(4) ? null : r.GetString(4),
                UnitId = r.IsDBNull(5) ? null : r.GetString(5),
                Before = r.IsDBNull(6) ? null : r.GetString(6),
                After = r.IsDBNull(7) ? null : r.GetString(7),
            },
            cancellationToken, [.. parameters]);
        foreach (var entry in entries)
        {
            yield return entry;
        }
    }

    private async Task<IReadOnlyList<QueueProgress>> QueuesAsync(Annotator? who, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var rows = await session.QueryAsync(
            """
            SELECT q.name, q.overlap,
              (SELECT COUNT(*) FROM units u WHERE u.queue = q.name),
              (SELECT COUNT(*) FROM units u WHERE u.queue = q.name AND u.state = 'open'),
              (SELECT COUNT(*) FROM units u WHERE u.queue = q.name AND u.state = 'adjudication'),
              (SELECT COUNT(*) FROM units u WHERE u.queue = q.name AND u.state = 'approved'),
              (SELECT COUNT(*) FROM units u WHERE u.queue = q.name AND u.state = 'rejected'),
              (SELECT COUNT(*) FROM decisions d JOIN units u ON u.id = d.unit_id WHERE u.queue = q.name)
            FROM queues q ORDER BY q.name
            """,
            r => new QueueProgress
            {
                Queue = r.GetString(0),
                Overlap = Convert.ToInt32(r.GetValue(1)),
                Units = Convert.ToInt32(r.GetValue(2)),
                Open = Convert.ToInt32(r.GetValue(3)),
                Adjudication = Convert.ToInt32(r.GetValue(4)),
                Approved = Convert.ToInt32(r.GetValue(5)),
                Rejected = Convert.ToInt32(r.GetValue(6)),
                Decisions = Convert.ToInt32(r.GetValue(7)),
            },
            cancellationToken);
        if (who is null)
        {
            return rows;
        }

        var (languageSql, languageParameters) = LanguageFilter(who);
        var result = new List<QueueProgress>(rows.Count);
        foreach (var row in rows)
        {
            (string, object?)[] parameters = [("q", row.Queue), ("a", who.Id), ("o", row.Overlap), ("adj", who.CanAdjudicate ? 1 : 0), .. languageParameters];
            var mine = await session.CountAsync(
                "SELECT COUNT(*) FROM decisions d JOIN units u ON u.id = d.unit_id WHERE u.queue = @q AND d.annotator_id = @a",
                cancellationToken, parameters);
            var available = await session.CountAsync(
                $"""
                SELECT COUNT(*) FROM units u WHERE u.queue = @q AND {languageSql} AND {NotDecidedByMe}
                  AND ((u.state = 'open' AND u.decided < @o) OR (u.state = 'adjudication' AND @adj = 1))
                """,
                cancellationToken, parameters);
            result.Add(row with { DecidedByMe = (int)mine, AvailableToMe = (int)available });
        }

        return result;
    }
}
