using System.Data.Common;
using Npgsql;

namespace ValueAtlas.Curation.Review.Store.Sql;

internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    // The store sends the same few statements all day: prepared once per connection, they skip
    // PostgreSQL's planner (about 0.8 ms each, more than most of them take to run).
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString)
    {
        MaxAutoPrepare = 64,
        AutoPrepareMinUsages = 2,
    }.ConnectionString);

    public override string Name => "postgres";

    public override string IdentityColumn => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    public override string LockRow => " FOR UPDATE";

    public override int CandidateSlack => 8;

    public override string LockRowOrSkip => " FOR UPDATE SKIP LOCKED";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _source.OpenConnectionAsync(cancellationToken);

    public override async Task<SqlSession> BeginWriteAsync(string? exclusiveKey, CancellationToken cancellationToken)
    {
        var connection = await _source.OpenConnectionAsync(cancellationToken);
        try
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var session = new SqlSession(connection, transaction);
            if (exclusiveKey is not null)
            {
                await session.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtext(@key))", cancellationToken, ("key", exclusiveKey));
            }

            return session;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override ValueTask DisposeAsync() => _source.DisposeAsync();
}
