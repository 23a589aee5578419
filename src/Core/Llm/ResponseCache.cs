using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// SQLite file of answers by <see cref="CacheKey"/>. Each answer is committed (WAL) before the caller sees it, so a
/// process killed at any moment never pays twice for a call that had returned. Several processes may share a file.
/// </summary>
/// <remarks>
/// One connection under a lock serves the whole process: a lookup or a write takes microseconds, SQLite admits one
/// writer at a time anyway, and one warm page cache beats many connections whose caches every write invalidates.
/// </remarks>
public sealed class ResponseCache : IDisposable
{
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SqliteConnection _db;
    private readonly SqliteCommand _get;
    private readonly SqliteCommand _put;
    private bool _disposed;

    private ResponseCache(string path, TimeProvider time)
    {
        Path = path;
        _time = time;
        _db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString());
        _db.Open();
        Execute("PRAGMA journal_mode=WAL; PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;");
        Execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, model TEXT NOT NULL, answer TEXT NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;");
        _get = Prepare("SELECT answer FROM answers WHERE key = $key", "$key");
        _put = Prepare("INSERT OR IGNORE INTO answers (key, model, answer, created_at) VALUES ($key, $model, $answer, $at)", "$key", "$model", "$answer", "$at");
    }

    public string Path { get; }

    public static ResponseCache Open(string path, TimeProvider? time = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        return new ResponseCache(full, time ?? TimeProvider.System);
    }

    public async ValueTask<CachedAnswer?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        string? json;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _get.Parameters[0].Value = key;
            json = _get.ExecuteScalar() as string;
        }
        finally
        {
            _gate.Release();
        }

        return json is null ? null : JsonSerializer.Deserialize(json, CacheJson.Default.CachedAnswer);
    }

    /// <summary>Returns once the answer is committed; autocommit in WAL mode survives a killed process.</summary>
    /// <returns>
    /// The answer as stored, stamped with the time it was answered. When an identical call got there first (two in
    /// flight at once, or another process), that earlier answer is kept and returned, so every reader sees one answer.
    /// </returns>
    public async ValueTask<CachedAnswer> PutAsync(string key, string model, CachedAnswer answer, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        answer = answer with { AnsweredAt = now };
        var json = JsonSerializer.Serialize(answer, CacheJson.Default.CachedAnswer);
        var at = now.ToString("O");

        // Not cancellable once the answer is here: it has been paid for and must be kept.
        await _gate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _put.Parameters[0].Value = key;
            _put.Parameters[1].Value = model;
            _put.Parameters[2].Value = json;
            _put.Parameters[3].Value = at;
            if (_put.ExecuteNonQuery() == 0)
            {
                _get.Parameters[0].Value = key;
                json = (string)_get.ExecuteScalar()!;
                answer = JsonSerializer.Deserialize(json, CacheJson.Default.CachedAnswer)!;
            }
        }
        finally
        {
            _gate.Release();
        }

        return answer;
    }

    public long Count()
    {
        _gate.Wait();
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var count = _db.CreateCommand();
            count.CommandText = "SELECT count(*) FROM answers";
            return (long)count.ExecuteScalar()!;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _gate.Wait();
        try
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _get.Dispose();
            _put.Dispose();
            _db.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Execute(string sql)
    {
        using var command = _db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = _db.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        command.Prepare();
        return command;
    }
}
