namespace ValueAtlas.Curation.Review.Config;

/// <summary>Where a command's review store is: a SQLite file or a PostgreSQL connection string (never logged).</summary>
public sealed record StoreLocation(string? SqlitePath, string? PostgresConnectionString)
{
    public static StoreLocation Sqlite(string path) => new(Path.GetFullPath(path), null);

    public static StoreLocation Postgres(string connectionString) => new(null, connectionString);

    /// <summary>For messages: the file, or "PostgreSQL" without the connection string, which may hold a password.</summary>
    public override string ToString() => SqlitePath ?? "PostgreSQL";
}
