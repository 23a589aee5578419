using System.CommandLine;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>valueatlas metrics steerability --distributions FILE [--run NAME]… [--json]</c>.</summary>
internal static class SteerabilityCommand
{
    public static Command Create()
    {
        var distributions = new Option<FileInfo>("--distributions")
        {
            Description = "evaluate's distributions table with a pvq run (distributions.parquet, .csv or .jsonl).",
            Required = true,
        };
        var run = MetricOptions.Run("distributions table");
        var json = MetricOptions.Json();
        var command = new Command("steerability", $"""
            PVQ-21 steerability of each model: for each portrait, s* is the stance most likely with no value named, and a
            steering's distance is p(s* | none) − p(s* | steering), for the word "value" and each of the 11 values. A
            value's rank (0..11) is how many of the 12 steerings have a smaller mean distance over its portraits than its
            own; chance is 5.5, 11 = naming the value moves the model most. Uses the rows of prompt kind pvq; a portrait
            without its unsteered answer or any steering is skipped and counted.
            --distributions needs the columns {string.Join(", ", DistributionTable.KeyColumns.Concat(DistributionTable.SteerabilityColumns))}
            (topic_name_en is the portrait's value).
            Exit codes: 0 ok, 2 bad file, column, value or option.
            """)
        {
            distributions,
            run,
            json,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var answers = await DistributionTable.ReadAsync(
                parse.GetValue(distributions)!.FullName,
                new DistributionTableOptions { Required = DistributionTable.SteerabilityColumns, Runs = parse.GetValue(run) ?? [] },
                ct).ConfigureAwait(false);
            var report = Steerability.Compute(answers);
            Console.Out.Write(parse.GetValue(json) ? SteerabilityJson.Of(report) : SteerabilityText.Of(report));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
