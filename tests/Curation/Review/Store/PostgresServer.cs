using Npgsql;

namespace ValueAtlas.Curation.Tests.Review.Store;

/// <summary>
/// The real PostgreSQL server of the tests: the one scripts/test.sh started (VALUEATLAS_TEST_PG),
/// or, when the tests run alone, a throwaway cluster started here by the same script. Every
/// caller gets a database of its own, so tests never see each other's rows.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Server = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> CreateDatabaseAsync(CancellationToken cancellationToken)
    {
        var name = "va_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(Server.Value))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(Server.Value) { Database = name, MaxPoolSize = 200 }.ToString();
    }

    private static string Start()
    {
        var given = Environment.GetEnvironmentVariable("VALUEATLAS_TEST_PG");
        if (!string.IsNullOrWhiteSpace(given))
        {
            return given;
        }

        var folder = Path.Combine(Path.GetTempPath(), "valueatlas-pg-" + Environment.ProcessId);
        var script = Path.Combine(RepoRoot.Path, "scripts", "pg.sh");
        var connectionString = ExternalTool.RunAsync("bash", RepoRoot.Path, script, "start", folder).GetAwaiter().GetResult().Trim();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            ExternalTool.RunAsync("bash", RepoRoot.Path, script, "stop", folder).GetAwaiter().GetResult();
        return connectionString;
    }
}
