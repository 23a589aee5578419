using System.CommandLine;
using System.Text;
using ValueAtlas.Cli.Commands;
using ValueAtlas.Cli.Commands.Evaluate;
using ValueAtlas.Cli.Commands.Harmonize;
using ValueAtlas.Cli.Commands.Metrics;
using ValueAtlas.Cli.Commands.Report;
using ValueAtlas.Cli.Commands.Review;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
var root = new RootCommand("""
    ValueAtlas builds, reviews, releases and evaluates country-specific value datasets for language models, Korean first.
    Every model call goes through one gateway: response cache, concurrency and rate limits, retries, cost accounting.
    """);
root.Subcommands.Add(LlmCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(InspectCommand.Create());
root.Subcommands.Add(ReviewCommand.Create());
root.Subcommands.Add(AgreementCommand.Create());
root.Subcommands.Add(HarmonizeCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(MetricsCommand.Create());
root.Subcommands.Add(ReportCommand.Create());
return await root.Parse(args).InvokeAsync();
