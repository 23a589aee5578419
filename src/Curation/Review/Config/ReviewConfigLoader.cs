using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Config;

/// <summary>Reads review/review.yaml; every error names the file, line and YAML path, and all are reported together.</summary>
public static class ReviewConfigLoader
{
    public const string DefaultPath = "review/review.yaml";

    public static (ReviewConfig Config, StoreLocation Store, ReviewOptions Options) Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new ConfigException(new ConfigError(full, 0, 0, "", "no review config here: pass --db FILE or --pg CONNECTION-STRING, or run where review/review.yaml names the store (see the README)"));
        }

        var document = ConfigDocument.Read(full);
        var errors = new List<ConfigError>();
        var broken = new HashSet<string>(StringComparer.Ordinal);
        var config = document.Bind<ReviewConfig>(errors, broken);
        // A key left out for a wrong kind of value would only draw a second, confusing complaint.
        errors.AddRange(ReviewConfigValidator.Problems(config)
            .Where(p => !YamlPath.IsWithin(p.Path, broken))
            .Select(p => document.ErrorAt(p.Path, p.Message)));
        ConfigException.ThrowIfAny(errors);

        var folder = Path.GetDirectoryName(full)!;
        var store = config.Store.Sqlite is { } sqlite
            ? StoreLocation.Sqlite(Path.Combine(folder, sqlite))
            : StoreLocation.Postgres(Environment.GetEnvironmentVariable(config.Store.PostgresEnv!) is { Length: > 0 } cs
                ? cs
                : throw new ConfigException(document.ErrorAt("store.postgres_env", $"environment variable {config.Store.PostgresEnv} is not set")));
        return (config, store, ToOptions(config));
    }

    public static ReviewOptions ToOptions(ReviewConfig config) => ReviewOptions.Default with
    {
        Lease = TimeSpan.FromMinutes(config.LeaseMinutes),
        SpreadsheetLease = TimeSpan.FromDays(config.SpreadsheetLeaseDays),
        RejectReasons = config.RejectReasons is null
            ? ReviewOptions.Default.RejectReasons
            : [.. config.RejectReasons.Select(r => new RejectReason(r.Code, r.Ko, r.En, r.NeedsNote))],
    };
}
