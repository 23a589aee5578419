namespace ValueAtlas.Curation.Review.Config;

/// <summary>
/// Exactly one of the two. A PostgreSQL connection string may hold a password, so the file
/// names the environment variable that holds it, never the string itself.
/// </summary>
public sealed class StoreSection
{
    /// <summary>SQLite file, relative to the folder of review.yaml.</summary>
    public string? Sqlite { get; set; }

    /// <summary>Name of the environment variable holding a PostgreSQL connection string.</summary>
    public string? PostgresEnv { get; set; }
}
