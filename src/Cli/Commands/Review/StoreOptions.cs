using System.CommandLine;
using ValueAtlas.Curation.Review.Config;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary>
/// --db / --pg / --config, taken by every review command: the store to open, and the options
/// (reject reasons, leases) from review.yaml, which apply whichever store is named.
/// </summary>
public static class StoreOptions
{
    public static readonly Option<FileInfo?> Db = new("--db")
    {
        Description = "The SQLite review store (created if missing).",
        Recursive = true,
    };

    public static readonly Option<string?> Pg = new("--pg")
    {
        Description = "A PostgreSQL connection string for a team's shared store.",
        Recursive = true,
    };

    public static readonly Option<FileInfo> Config = new("--config")
    {
        Description = "The review config naming the store when neither --db nor --pg is given, and the reject reasons.",
        DefaultValueFactory = _ => new FileInfo(ReviewConfigLoader.DefaultPath),
        Recursive = true,
    };

    public static Task<ReviewStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var (location, options) = Resolve(parse);
        return OpenAsync(location, options, cancellationToken);
    }

    public static async Task<ReviewStore> OpenAsync(StoreLocation location, ReviewOptions options, CancellationToken cancellationToken)
    {
        var store = location.SqlitePath is { } path
            ? ReviewStore.Sqlite(EnsureFolder(path), options, TimeProvider.System)
            : ReviewStore.Postgres(location.PostgresConnectionString!, options, TimeProvider.System);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static (StoreLocation Location, ReviewOptions Options) Resolve(ParseResult parse)
    {
        var db = parse.GetValue(Db);
        var pg = parse.GetValue(Pg);
        if (db is not null && pg is not null)
        {
            throw new UsageException("give --db or --pg, not both");
        }

        var configFile = parse.GetValue(Config)!;
        var fromFile = configFile.Exists || (db is null && pg is null) ? ReviewConfigLoader.Load(configFile.FullName) : default;
        var options = fromFile.Options ?? ReviewOptions.Default;
        var location = db is not null ? StoreLocation.Sqlite(db.FullName)
            : pg is not null ? StoreLocation.Postgres(pg)
            : fromFile.Store;
        return (location, options);
    }

    private static string EnsureFolder(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
