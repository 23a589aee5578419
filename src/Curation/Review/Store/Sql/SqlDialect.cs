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
    /// Appended to a SELECT of one unit row to hold it until the transaction ends, so every check
    /// and write about that unit (its decisions, its leases) is serialised per unit. Empty for
    /// SQLite, whose write transactions are serialised as a whole.
    /// </summary>
    public abstract string LockRow { get; }

    /// <summary>As <see cref="LockRow"/>, but a row another transaction holds is skipped, not waited for.</summary>
    public abstract string LockRowOrSkip { get; }

    /// <summary>
    /// Extra candidates fetched when reserving units: with row locks, others may be locking the first
    /// ones right now; with one writer at a time (SQLite) the first candidate is always free.
    /// </summary>
    public abstract int CandidateSlack { get; }

    /// <summary>Settings stored in the database itself, made once, outside any transaction, before the tables.</summary>
    public virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Begins a write transaction. SQLite: one writer at a time (an in-process gate, then BEGIN
    /// IMMEDIATE for other processes). PostgreSQL: READ COMMITTED, plus an advisory lock on
    /// <paramref name="exclusiveKey"/> when given, for work that must not interleave at all
    /// (allocating a queue's sequence numbers, creating the schema).
    /// </summary>
    public abstract Task<SqlSession> BeginWriteAsync(string? exclusiveKey, CancellationToken cancellationToken);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
