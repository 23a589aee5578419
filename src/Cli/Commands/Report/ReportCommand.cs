using System.CommandLine;
using System.Globalization;
using ValueAtlas.Cli.Commands.Metrics;
using ValueAtlas.Core.Config;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Report;
using ValueAtlas.Evaluation.Report.Charts;
using ValueAtlas.Evaluation.Report.Loading;
using ValueAtlas.Evaluation.Report.Model;

namespace ValueAtlas.Cli.Commands.Report;

/// <summary><c>valueatlas report --results DIR [--results DIR…] [--surveys DIR] --out DIR [--title …] [--lang ko|en] [--measure …] [--log-base e|2] [--resamples N] [--seed S]</c>.</summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var results = new Option<string[]>("--results")
        {
            Description = "A folder valueatlas evaluate wrote (distributions.parquet, evaluate.json); repeatable.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var surveys = new Option<string?>("--surveys") { Description = "A folder valueatlas harmonize (or harmonize import goqa) wrote: the countries' distributions for similarity." };
        var output = new Option<string>("--out") { Description = "Output folder.", Required = true };
        var title = new Option<string>("--title") { Description = "The report's title.", DefaultValueFactory = _ => new ReportRequest { Results = [], CommandLine = "" }.Title };
        var lang = new Option<string>("--lang") { Description = "Which language leads headings and labels: ko (default) or en; the other follows.", DefaultValueFactory = _ => "ko" };
        var measure = new Option<string>("--measure")
        {
            Description = "Similarity: js-distance (GlobalOpinionQA), js-divergence or wasserstein (ordinal questions).",
            DefaultValueFactory = _ => "js-distance",
        };
        var logBase = MetricOptions.LogBase();
        var resamples = MetricOptions.Resamples();
        var seed = MetricOptions.Seed();
        var command = new Command("report", """
            Turn the outputs of evaluate (and harmonize) into the evaluation report: how consistent each model is
            (ValueConsistency's paraphrase, topic, use-case and multilingual inconsistency, with the random-answer bounds)
            and how similar its answers are to Korean respondents' compared with other countries' (GlobalOpinionQA's
            1 − JS distance, DP, CP naming Korea and LP in Korean), PVQ-21 steerability, with 95% BCa intervals, and the
            provenance (inputs and their SHA-256, models, endpoints without keys, prompt templates, queries, uncovered
            mass, cost, this command). Writes to --out:
              report.html      one self-contained page: inline style and SVG charts, loads nothing (strict CSP), prints well
              report.md        the same in Markdown for a dataset card, charts in charts/*.png
              metrics.parquet  every number as a long table (family, measure, keys, mean, ci_low, ci_high, groups, members, rank)
              metrics.json     the same rows with the settings and provenance
            Charts need the NanumGothic font (Debian package fonts-nanum) for Korean text.
            Nothing is written unless the whole report is.
            Exit codes: 0 ok, 2 bad input or option.
            """)
        {
            results,
            surveys,
            output,
            title,
            lang,
            measure,
            logBase,
            resamples,
            seed,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var folder = parse.GetValue(output)!;
            if (Path.GetDirectoryName(Path.GetFullPath(folder)) is null)
            {
                throw new UsageException($"--out {folder}: give a folder, not a file system root");
            }

            var language = parse.GetValue(lang) switch
            {
                "ko" => ReportLanguage.Ko,
                "en" => ReportLanguage.En,
                var other => throw new UsageException($"--lang {other}: expected ko or en"),
            };
            var settings = new ReportSettings
            {
                SimilarityMeasure = SimilarityCommand.ParseMeasure(parse.GetValue(measure)),
                LogBase = MetricOptions.ParseLogBase(parse.GetValue(logBase)),
                Resamples = MetricOptions.CheckResamples(parse.GetValue(resamples)),
                Seed = parse.GetValue(seed),
            };
            CheckFont();
            var request = new ReportRequest
            {
                Results = parse.GetValue(results)!,
                Surveys = parse.GetValue(surveys),
                Title = parse.GetValue(title)!,
                Language = language,
                Settings = settings,
                CommandLine = ReportCommandLine.Of(parse.GetValue(results)!, parse.GetValue(surveys), folder, parse.GetValue(title)!, parse.GetValue(lang)!,
                    parse.GetValue(measure)!, parse.GetValue(logBase)!, settings),
            };
            ReportData data;
            try
            {
                data = await ReportLoader.LoadAsync(request, ct).ConfigureAwait(false);
            }
            catch (CentroidNotConvergedException e)
            {
                throw new ConfigException($"{e.Message}; the consistency measure cannot be scored", e);
            }

            var written = await ReportOutput.WriteAsync(folder, data, ct).ConfigureAwait(false);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"report with {written.Charts} charts and {written.MetricRows} metric rows written to {Path.GetFullPath(folder)}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    // Before any work: a missing font is the user's to fix and should not wait for the metrics to be computed.
    private static void CheckFont()
    {
        try
        {
            KoreanFont.Ensure();
        }
        catch (FileNotFoundException e)
        {
            throw new ConfigException(e.Message, e);
        }
    }
}
