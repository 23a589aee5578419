using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Review.Store;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ValueAtlas.Curation.Review.Config;

/// <summary>Reads review/review.yaml; every error names the file, line and YAML path.</summary>
public static class ReviewConfigLoader
{
    public const string DefaultPath = "review/review.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static (ReviewConfig Config, StoreLocation Store, ReviewOptions Options) Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new ConfigException(new ConfigError(full, 0, 0, "", "no review config here: pass --db FILE or --pg CONNECTION-STRING, or run where review/review.yaml names the store (see the README)"));
        }

        var text = File.ReadAllText(full);
        ReviewConfig config;
        YamlNode? root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
            config = Deserializer.Deserialize<ReviewConfig?>(text) ?? new ReviewConfig();
        }
        catch (YamlException e)
        {
            throw new ConfigException(new ConfigError(full, (int)e.Start.Line, (int)e.Start.Column, "", e.InnerException?.Message ?? e.Message), e);
        }

        var errors = ReviewConfigValidator.Problems(config)
            .Select(p => At(full, root, p.Path, p.Message))
            .ToList();
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var folder = Path.GetDirectoryName(full)!;
        var store = config.Store.Sqlite is { } sqlite
            ? StoreLocation.Sqlite(Path.Combine(folder, sqlite))
            : StoreLocation.Postgres(Environment.GetEnvironmentVariable(config.Store.PostgresEnv!) is { Length: > 0 } cs
                ? cs
                : throw new ConfigException(At(full, root, "store.postgres_env", $"environment variable {config.Store.PostgresEnv} is not set")));
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

    private static ConfigError At(string file, YamlNode? root, string yamlPath, string message)
    {
        var node = root;
        foreach (var segment in yamlPath.Split('.'))
        {
            var name = segment.Split('[')[0];
            node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(name), out var child) ? child : node;
            if (segment.Contains('[', StringComparison.Ordinal) && node is YamlSequenceNode seq
                && int.TryParse(segment[(segment.IndexOf('[', StringComparison.Ordinal) + 1)..^1], out var index) && index < seq.Children.Count)
            {
                node = seq.Children[index];
            }
        }

        return new ConfigError(file, (int)(node?.Start.Line ?? 0), (int)(node?.Start.Column ?? 0), yamlPath, message);
    }
}
