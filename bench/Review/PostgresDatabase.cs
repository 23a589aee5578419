using Npgsql;

namespace ValueAtlas.Bench.Review;

/// <summary>A new database per run on the given server, so runs never share rows.</summary>
internal static class PostgresDatabase
{
    public static async Task<string> CreateAsync(string server)
    {
        var name = "bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name, MaxPoolSize = 200 }.ToString();
    }
}
