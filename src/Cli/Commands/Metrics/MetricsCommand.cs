using System.CommandLine;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>valueatlas metrics consistency|similarity|steerability</c>.</summary>
public static class MetricsCommand
{
    public static Command Create()
    {
        var metrics = new Command("metrics", """
            Score evaluate's answer distributions: consistency (ValueConsistency's four inconsistency measures),
            similarity (GlobalOpinionQA: how close a model's answers are to each country's respondents, Korea's rank)
            and steerability (PVQ-21). Tables are read as Parquet, CSV (UTF-8) or JSONL, by column name; every score
            has a 95% BCa bootstrap interval. Text by default, --json for the shapes in README.md ("Metrics").
            """);
        metrics.Subcommands.Add(ConsistencyCommand.Create());
        metrics.Subcommands.Add(SimilarityCommand.Create());
        metrics.Subcommands.Add(SteerabilityCommand.Create());
        return metrics;
    }
}
