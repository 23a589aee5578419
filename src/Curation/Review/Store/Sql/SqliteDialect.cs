using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ValueAtlas.Curation.Review.Store.Sql;

internal sealed class SqliteDialect(string path) : SqlDialect
{
    // SQLite has one writer. Writers of this process queue here, first come first served, instead of
    // polling the file lock with back-off, which under load starves some of them for seconds.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _gate = Gates.GetOrAdd(Path.GetFullPath(path), _ => new SemaphoreSlim(1, 1));

    private SqliteConnection? _writer;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public override string Name => "sqlite";

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string LockRow => "";

    public override int CandidateSlack => 0;

    public override string LockRowOrSkip => "";

    public override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();

        // WAL (set once in PrepareAsync: it is stored in the file) lets readers run while a decision
        // commits; NORMAL is durable in WAL except for the last transactions on power loss. The busy
        // timeout covers other processes (a spreadsheet import while the web app runs).
        pragma.CommandText = "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    public override async Task<SqlSession> BeginWriteAsync(string? exclusiveKey, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Writes take turns anyway, so they share one connection: its page cache stays warm
            // between transactions, where 50 pooled connections would each re-read what the others changed.
            _writer ??= (SqliteConnection)await OpenAsync(cancellationToken);
            var transaction = _writer.BeginTransaction(IsolationLevel.Serializable, deferred: false);
            return new SqlSession(_writer, transaction, _gate);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync();
        }

        // Pooled connections keep the file open; release them so the caller may move or delete it.
        SqliteConnection.ClearAllPools();
    }
}
