using System.Data.Common;

namespace ValueAtlas.Curation.Review.Store.Sql;

/// <summary>
/// What differs between SQLite and PostgreSQL; the store's SQL is otherwise one text for both
/// (named @parameters, ON CONFLICT, RETURNING, ISO-8601 UTC timestamps as text).
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>The type of an auto-numbered primary key column.</summary>
    public abstract string IdentityColumn { get; }

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Begins a transaction in which reads see every earlier write and no other writer to the
    /// same queue runs until it ends: SQLite takes the database write lock up front (BEGIN
    /// IMMEDIATE); PostgreSQL takes an advisory lock on the queue name, so queues proceed in parallel.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, string lockKey, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
