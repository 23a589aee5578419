using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    /// <summary>
    /// Adds units to a queue (created with <paramref name="overlap"/> if new). Units already in it
    /// are left as they are, decisions included, so enqueueing the same items again changes nothing.
    /// </summary>
    public async Task<EnqueueResult> EnqueueAsync(
        string queue, int overlap, IReadOnlyList<ReviewUnit> units, IReadOnlyList<Question> items, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(overlap, 1);
        var foreign = units.FirstOrDefault(u => u.Queue != queue);
        if (foreign is not null)
        {
            throw new ArgumentException($"unit {foreign.Id} belongs to queue '{foreign.Queue}', not '{queue}'", nameof(units));
        }

        await using var session = await WriteAsync(queue, cancellationToken);
        var now = Now();
        var existingOverlap = await session.QueryAsync(
            "SELECT overlap FROM queues WHERE name = @q", r => Convert.ToInt32(r.GetValue(0)), cancellationToken, ("q", queue));
        if (existingOverlap.Count == 0)
        {
            await session.ExecuteAsync(
                "INSERT INTO queues (name, overlap, created_at) VALUES (@q, @o, @now)", cancellationToken, ("q", queue), ("o", overlap), ("now", now));
            await AuditAsync(session, now, AdminActor, "queue.create", queue, null, null, $"{{\"overlap\":{overlap}}}", cancellationToken);
        }
        else if (existingOverlap[0] != overlap)
        {
            throw new ConfigException(
                $"queue '{queue}' already exists with overlap {existingOverlap[0]}; enqueue with --overlap {existingOverlap[0]} or use another queue");
        }

        var seq = await session.CountAsync("SELECT COALESCE(MAX(seq), 0) FROM units WHERE queue = @q", cancellationToken, ("q", queue));
        int added = 0;
        foreach (var unit in units)
        {
            var content = ToJson(unit);
            var inserted = await session.ExecuteAsync(
                """
                INSERT INTO units (id, queue, seq, kind, language, country, content, state, decided, created_at)
                VALUES (@id, @q, @seq, @kind, @lang, @country, @content, 'open', 0, @now) ON CONFLICT (id) DO NOTHING
                """,
                cancellationToken,
                ("id", unit.Id), ("q", queue), ("seq", seq + added + 1), ("kind", UnitKinds.Name(unit.Kind)), ("lang", unit.Language),
                ("country", unit.Country), ("content", content), ("now", now));
            if (inserted == 1)
            {
                added++;
                await AuditAsync(session, now, AdminActor, "unit.enqueue", queue, unit.Id, null, content, cancellationToken);
            }
        }

        foreach (var item in items)
        {
            await session.ExecuteAsync(
                "INSERT INTO items (queue, id, row_json) VALUES (@q, @id, @row) ON CONFLICT (queue, id) DO NOTHING",
                cancellationToken, ("q", queue), ("id", item.Id), ("row", ToJson(item)));
        }

        await session.CommitAsync(cancellationToken);
        return new EnqueueResult(added, units.Count - added);
    }

    /// <summary>The items.jsonl rows enqueued with a queue's units, keyed by id.</summary>
    public async Task<IReadOnlyDictionary<string, Question>> ItemsAsync(string queue, CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        var rows = await session.QueryAsync(
            "SELECT row_json FROM items WHERE queue = @q ORDER BY id", r => FromJson<Question>(r.GetString(0)), cancellationToken, ("q", queue));
        return rows.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }
}
