using System.Data.Common;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store.Sql;
using ValueAtlas.Curation.Review.Units;

namespace ValueAtlas.Curation.Review.Store;

public sealed partial class ReviewStore
{
    private const string UnitColumns = "u.id, u.content, u.state";
    private const string NotDecidedByMe = "NOT EXISTS (SELECT 1 FROM decisions d WHERE d.unit_id = u.id AND d.annotator_id = @a)";

    /// <summary>
    /// The unit this annotator should look at now, reserved for them (a lease), or null when
    /// nothing is left for them. A unit they hold and have not decided comes back first, so a
    /// reloaded page shows the same unit; adjudicators get disagreements before fresh units.
    /// Nobody gets a unit they decided, in a language they do not read, or whose N decisions are
    /// made or reserved by others.
    /// </summary>
    public async Task<UnitView?> NextUnitAsync(Annotator who, string? queue, CancellationToken cancellationToken)
    {
        foreach (var name in queue is null ? await QueueNamesAsync(cancellationToken) : [queue])
        {
            var units = await ReserveAsync(who, name, 1, Options.Lease, cancellationToken);
            if (units.Count > 0)
            {
                return units[0];
            }
        }

        return null;
    }

    /// <summary>Reserves up to <paramref name="max"/> units at once (a spreadsheet's rows), for the longer spreadsheet lease.</summary>
    public Task<IReadOnlyList<UnitView>> ClaimAsync(Annotator who, string queue, int max, CancellationToken cancellationToken) =>
        ReserveAsync(who, queue, max, Options.SpreadsheetLease, cancellationToken);

    public async Task<IReadOnlyList<string>> QueueNamesAsync(CancellationToken cancellationToken)
    {
        await using var session = await ReadAsync(cancellationToken);
        return await session.QueryAsync("SELECT name FROM queues ORDER BY name", r => r.GetString(0), cancellationToken);
    }

    private async Task<IReadOnlyList<UnitView>> ReserveAsync(
        Annotator who, string queue, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var session = await WriteAsync(null, cancellationToken);
        if (await OverlapAsync(session, queue, cancellationToken) is not { } overlap)
        {
            return [];
        }

        var now = _time.GetUtcNow();
        var (languageSql, languageParameters) = LanguageFilter(who);
        (string, object?)[] common = [("q", queue), ("a", who.Id), ("now", Stamp(now)), ("overlap", overlap), ("adj", who.CanAdjudicate ? 1 : 0), .. languageParameters];
        // Units this annotator already holds come back first. Looked up from the lease side: an
        // annotator holds a few leases, while a queue has thousands of open units to scan.
        var held = await session.QueryAsync(
            "SELECT unit_id FROM leases WHERE annotator_id = @a AND expires_at > @now", r => r.GetString(0), cancellationToken, common);
        var picked = new List<(ReviewUnit Unit, UnitState State)>();
        foreach (var id in held)
        {
            picked.AddRange(await session.QueryAsync(
                $"""
                SELECT {UnitColumns} FROM units u
                WHERE u.id = @id AND u.queue = @q AND {NotDecidedByMe} AND (u.state = 'open' OR (u.state = 'adjudication' AND @adj = 1))
                """,
                ReadPicked, cancellationToken, [("id", id), .. common]));
        }

        picked = [.. picked.OrderBy(p => p.Unit.Id, StringComparer.Ordinal).Take(max)];
        if (who.CanAdjudicate)
        {
            await ReserveMoreAsync(session, picked, max, AdjudicationFree(languageSql), common, cancellationToken);
        }

        await ReserveMoreAsync(session, picked, max, OpenWithRoom(languageSql), common, cancellationToken);
        var expires = Stamp(now + lease);
        var views = new List<UnitView>(picked.Count);
        foreach (var (unit, state) in picked)
        {
            await LeaseAsync(session, unit.Id, who.Id, expires, cancellationToken);
            var adjudication = state == UnitState.Adjudication;
            views.Add(new UnitView
            {
                Unit = unit,
                State = state,
                Overlap = overlap,
                Adjudication = adjudication,
                OtherDecisions = adjudication ? await DecisionsOfAsync(session, unit.Id, cancellationToken) : [],
            });
        }

        await session.CommitAsync(cancellationToken);
        return views;
    }

    /// <summary>
    /// Finds candidates on a snapshot, then locks each (skipping those another annotator is
    /// locking right now) and checks it again with a fresh statement, which sees every reservation
    /// committed before the lock was granted: the snapshot alone could hand a unit beyond overlap.
    /// </summary>
    private async Task ReserveMoreAsync(
        SqlSession session, List<(ReviewUnit Unit, UnitState State)> picked, int max, string condition,
        (string, object?)[] common, CancellationToken cancellationToken)
    {
        var tried = new HashSet<string>(picked.Select(p => p.Unit.Id), StringComparer.Ordinal);
        for (var round = 0; round < 8 && picked.Count < max; round++)
        {
            var candidates = await session.QueryAsync(
                $"SELECT u.id FROM units u WHERE {condition} ORDER BY u.seq LIMIT {max - picked.Count + tried.Count + _dialect.CandidateSlack}",
                r => r.GetString(0), cancellationToken, common);
            var fresh = candidates.Where(tried.Add).ToList();
            if (fresh.Count == 0)
            {
                return;
            }

            foreach (var id in fresh)
            {
                if (picked.Count >= max)
                {
                    return;
                }

                (string, object?)[] parameters = [("id", id), .. common];
                var locked = await session.QueryAsync($"SELECT u.id FROM units u WHERE u.id = @id{_dialect.LockRowOrSkip}", r => r.GetString(0), cancellationToken, parameters);
                if (locked.Count == 0)
                {
                    continue;
                }

                picked.AddRange(await session.QueryAsync(
                    $"SELECT {UnitColumns} FROM units u WHERE u.id = @id AND {condition}", ReadPicked, cancellationToken, parameters));
            }
        }
    }

    /// <summary>Reserves a unit for an annotator until <paramref name="expires"/>, or extends their reservation.</summary>
    private static Task LeaseAsync(SqlSession session, string unitId, string annotatorId, string expires, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            """
            INSERT INTO leases (unit_id, annotator_id, expires_at) VALUES (@u, @a, @e)
            ON CONFLICT (unit_id, annotator_id) DO UPDATE SET expires_at = excluded.expires_at
            """,
            cancellationToken, ("u", unitId), ("a", annotatorId), ("e", expires));

    private static string AdjudicationFree(string languageSql) => $"""
        u.queue = @q AND u.state = 'adjudication' AND {languageSql} AND {NotDecidedByMe}
          AND NOT EXISTS (SELECT 1 FROM leases l WHERE l.unit_id = u.id AND l.expires_at > @now)
        """;

    private static string OpenWithRoom(string languageSql) => $"""
        u.queue = @q AND u.state = 'open' AND {languageSql} AND {NotDecidedByMe}
          AND NOT EXISTS (SELECT 1 FROM leases l WHERE l.unit_id = u.id AND l.annotator_id = @a AND l.expires_at > @now)
          AND u.decided + (SELECT COUNT(*) FROM leases l WHERE l.unit_id = u.id AND l.annotator_id <> @a AND l.expires_at > @now) < @overlap
        """;

    /// <summary>"ko" also admits "ko-KR", as <see cref="Annotator.Reads"/> does.</summary>
    private static (string Sql, (string, object?)[] Parameters) LanguageFilter(Annotator who)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        for (var i = 0; i < who.Languages.Count; i++)
        {
            clauses.Add($"u.language = @l{i} OR u.language LIKE @lp{i}");
            parameters.Add(($"l{i}", who.Languages[i]));
            parameters.Add(($"lp{i}", who.Languages[i] + "-%"));
        }

        return ("(" + string.Join(" OR ", clauses) + ")", parameters.ToArray());
    }

    private static (ReviewUnit Unit, UnitState State) ReadPicked(DbDataReader reader) =>
        (FromJson<ReviewUnit>(reader.GetString(1)), ParseState(reader.GetString(2)));

    internal static UnitState ParseState(string text) => Enum.Parse<UnitState>(text, ignoreCase: true);

    internal static string StateName(UnitState state) => state.ToString().ToLowerInvariant();

    private static Task<List<Decisions.DecisionRecord>> DecisionsOfAsync(SqlSession session, string unitId, CancellationToken cancellationToken) =>
        session.QueryAsync(
            $"SELECT {DecisionColumns} FROM decisions WHERE unit_id = @u ORDER BY id", ReadDecision, cancellationToken, ("u", unitId));
}
