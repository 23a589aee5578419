using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ValueAtlas.Core.Llm;

/// <summary>
/// SQLite file of answers by <see cref="CacheKey"/>. Each answer is committed (WAL) before the caller sees it, so a
/// process killed at any moment never pays twice for a call that had returned. Safe for concurrent callers and for
/// several processes sharing one file.
/// </summary>
public sealed class ResponseCache : IDisposable
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ConcurrentBag<Connection> _idle = [];
    private int _disposed;

    private ResponseCache(string path, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(path);
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false, DefaultTimeout = 30 }.ToString();
    }

    public string Path { get; }

    public static ResponseCache Open(string path, TimeProvider? time = null)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var cache = new ResponseCache(path, time ?? TimeProvider.System);
        using var setup = new SqliteConnection(cache._connectionString);
        setup.Open();
        Execute(setup, "PRAGMA journal_mode=WAL;");
        Execute(setup, "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, model TEXT NOT NULL, answer TEXT NOT NULL, created_at TEXT NOT NULL) WITHOUT ROWID;");
        return cache;
    }

    public CachedAnswer? TryGet(string key)
    {
        var connection = Rent();
        try
        {
            connection.Get.Parameters[0].Value = key;
            return connection.Get.ExecuteScalar() is string json ? JsonSerializer.Deserialize(json, CacheJson.Default.CachedAnswer) : null;
        }
        finally
        {
            Return(connection);
        }
    }

    public void Put(string key, string model, CachedAnswer answer)
    {
        var connection = Rent();
        try
        {
            connection.Put.Parameters[0].Value = key;
            connection.Put.Parameters[1].Value = model;
            connection.Put.Parameters[2].Value = JsonSerializer.Serialize(answer, CacheJson.Default.CachedAnswer);
            connection.Put.Parameters[3].Value = _time.GetUtcNow().ToString("O");
            connection.Put.ExecuteNonQuery();
        }
        finally
        {
            Return(connection);
        }
    }

    public long Count()
    {
        var connection = Rent();
        try
        {
            using var count = connection.Db.CreateCommand();
            count.CommandText = "SELECT count(*) FROM answers";
            return (long)count.ExecuteScalar()!;
        }
        finally
        {
            Return(connection);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Connection Rent()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return _idle.TryTake(out var connection) ? connection : new Connection(_connectionString);
    }

    private void Return(Connection connection)
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            connection.Dispose();
            return;
        }

        _idle.Add(connection);
    }

    /// <summary>A connection with its statements prepared once: a hit is then one B-tree lookup.</summary>
    private sealed class Connection : IDisposable
    {
        public Connection(string connectionString)
        {
            Db = new SqliteConnection(connectionString);
            Db.Open();
            Execute(Db, "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL;");
            Get = Db.CreateCommand();
            Get.CommandText = "SELECT answer FROM answers WHERE key = $key";
            Get.Parameters.Add("$key", SqliteType.Text);
            Get.Prepare();
            Put = Db.CreateCommand();
            Put.CommandText = "INSERT OR IGNORE INTO answers (key, model, answer, created_at) VALUES ($key, $model, $answer, $at)";
            Put.Parameters.Add("$key", SqliteType.Text);
            Put.Parameters.Add("$model", SqliteType.Text);
            Put.Parameters.Add("$answer", SqliteType.Text);
            Put.Parameters.Add("$at", SqliteType.Text);
            Put.Prepare();
        }

        public SqliteConnection Db { get; }

        public SqliteCommand Get { get; }

        public SqliteCommand Put { get; }

        public void Dispose()
        {
            Get.Dispose();
            Put.Dispose();
            Db.Dispose();
        }
    }
}
