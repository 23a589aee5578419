using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Curation.Review.Store.Sql;

namespace ValueAtlas.Curation.Review.Store;

/// <summary>
/// The review queues, annotators, decisions and audit log, in SQLite (one file, WAL) or
/// PostgreSQL (for teams). Every rule that must hold under concurrency (overlap, blind
/// review, one decision per annotator and unit) is checked inside one write transaction per
/// action, serialised per queue, so the web app, spreadsheet imports and scripts may all
/// write at once.
/// </summary>
public sealed partial class ReviewStore : IAsyncDisposable
{
    private const string AdminActor = "admin";

    private readonly SqlDialect _dialect;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, int> _overlaps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Annotators.Annotator> _annotatorsByToken = new(StringComparer.Ordinal);

    private ReviewStore(SqlDialect dialect, ReviewOptions options, TimeProvider time)
    {
        _dialect = dialect;
        Options = options;
        _time = time;
    }

    public ReviewOptions Options { get; }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Kind => _dialect.Name;

    public static ReviewStore Sqlite(string path, ReviewOptions options, TimeProvider time) =>
        new(new SqliteDialect(path), options, time);

    public static ReviewStore Postgres(string connectionString, ReviewOptions options, TimeProvider time) =>
        new(new PostgresDialect(connectionString), options, time);

    /// <summary>Creates the tables if they are missing; safe to call from every process on every start.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _dialect.PrepareAsync(cancellationToken);
        await using var session = await WriteAsync("schema", cancellationToken);
        await session.ExecuteAsync(ReviewSchema.For(_dialect), cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    internal static string Stamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseStamp(string text) =>
        DateTimeOffset.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    internal static string ToJson<T>(T value) => JsonSerializer.Serialize(value, ArtifactJson.Options);

    internal static T FromJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, ArtifactJson.Options) ?? throw new InvalidDataException("null JSON in the review store");

    private string Now() => Stamp(_time.GetUtcNow());

    /// <summary>A write transaction; <paramref name="exclusiveKey"/> names work that must not interleave at all (see <see cref="SqlDialect.BeginWriteAsync"/>).</summary>
    private Task<SqlSession> WriteAsync(string? exclusiveKey, CancellationToken cancellationToken) =>
        _dialect.BeginWriteAsync(exclusiveKey, cancellationToken);

    private async Task<SqlSession> ReadAsync(CancellationToken cancellationToken) =>
        new(await _dialect.OpenAsync(cancellationToken), transaction: null);

    private static Task AuditAsync(
        SqlSession session, string at, string actor, string action, string? queue, string? unitId,
        string? before, string? after, CancellationToken cancellationToken) =>
        session.ExecuteAsync(
            "INSERT INTO audit (at, actor, action, queue, unit_id, before_json, after_json) VALUES (@at, @actor, @action, @queue, @unit, @before, @after)",
            cancellationToken,
            ("at", at), ("actor", actor), ("action", action), ("queue", queue), ("unit", unitId), ("before", before), ("after", after));
}
