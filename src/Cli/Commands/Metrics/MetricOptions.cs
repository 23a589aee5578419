using System.CommandLine;
using ValueAtlas.Evaluation.Metrics;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary>The options the metrics commands share (log base, bootstrap, output), and their checks.</summary>
internal static class MetricOptions
{
    public static Option<string> LogBase() => new("--log-base")
    {
        Description = "Logarithm of the Jensen-Shannon divergence: e (natural, the study's and SciPy's default) or 2 (bits).",
        DefaultValueFactory = _ => "e",
    };

    public static Option<int> Resamples() => new("--resamples")
    {
        Description = "Bootstrap resamples for the 95% BCa confidence intervals.",
        DefaultValueFactory = _ => 9_999,
    };

    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed of the bootstrap: the same seed gives the same intervals.",
        DefaultValueFactory = _ => 0,
    };

    public static Option<bool> Json() => new("--json") { Description = "Print only JSON on stdout (shape in README.md, \"Metrics\")." };

    public static Option<string[]> Run(string table) => new("--run")
    {
        Description = $"Keep only the rows of this run (the {table}'s run column); repeatable. Needed when two runs answered the same item the same way.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static LogBase ParseLogBase(string? text) => text switch
    {
        "e" => Evaluation.Metrics.LogBase.E,
        "2" => Evaluation.Metrics.LogBase.Two,
        _ => throw new UsageException($"--log-base {text}: expected e or 2"),
    };

    public static string Name(LogBase logBase) => logBase == Evaluation.Metrics.LogBase.E ? "e" : "2";

    public static int CheckResamples(int resamples) =>
        resamples >= 1 ? resamples : throw new UsageException($"--resamples {resamples}: expected a number of resamples ≥ 1");
}
