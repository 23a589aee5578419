using System.CommandLine;
using ValueAtlas.Core.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>valueatlas metrics consistency --distributions FILE [--by …] [--run NAME]… [--items FILE] [--log-base e|2] [--resamples N] [--seed S] [--json]</c>.</summary>
internal static class ConsistencyCommand
{
    public static Command Create()
    {
        var distributions = new Option<FileInfo>("--distributions")
        {
            Description = "evaluate's distributions table (distributions.parquet, or its .csv / .jsonl copy; any long table with these column names).",
            Required = true,
        };
        var by = new Option<string>("--by")
        {
            Description = $"Also score each measure per combination of these, comma-separated (\"\" for none): {string.Join(", ", Dimensions.All)}.",
            DefaultValueFactory = _ => string.Join(',', new ConsistencyOptions().By),
        };
        var run = MetricOptions.Run("distributions table");
        var items = new Option<FileInfo?>("--items")
        {
            Description = "The items.jsonl the run asked: fills topic_name, original_text_en and form_index (the multilingual key) for a table written without them, joined on item_id.",
        };
        var logBase = MetricOptions.LogBase();
        var resamples = MetricOptions.Resamples();
        var seed = MetricOptions.Seed();
        var json = MetricOptions.Json();
        var command = new Command("consistency", $"""
            ValueConsistency's four inconsistency measures of each model's answers: paraphrase (the forms of one question),
            topic (every question of a topic), use_case (the mc answer vs the judged open answer to the same question) and
            multilingual (the same form of the same English original across languages). Each group's members are put in
            stance space; a member's distance is its Jensen-Shannon distance to the group's centroid (0 when all agree).
            A score is the mean of all members' distances, with a 95% BCa bootstrap interval; groups of one are counted as
            singletons and left out. The random-answer bounds (answers that share nothing) are shown beside them.
            Uses the rows of prompt kinds mc and open without steering; other rows are counted as ignored.
            --distributions needs the columns {string.Join(", ", DistributionTable.KeyColumns.Concat(DistributionTable.ConsistencyColumns))};
            reads run, persona, prompt_country, topic_name, topic_name_en, original_text_en, form_index, country and
            controversial when present (the breakdowns and the multilingual key). One answer = the option rows of one
            model, prompt kind, language, item, persona and prompt country; two runs answering the same are refused
            (choose with --run).
            Exit codes: 0 ok, 2 bad file, column, value or option.
            """)
        {
            distributions,
            by,
            run,
            items,
            logBase,
            resamples,
            seed,
            json,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var options = new ConsistencyOptions
            {
                By = ParseBy(parse.GetValue(by)),
                LogBase = MetricOptions.ParseLogBase(parse.GetValue(logBase)),
                Resamples = MetricOptions.CheckResamples(parse.GetValue(resamples)),
                Seed = parse.GetValue(seed),
            };
            var file = parse.GetValue(distributions)!.FullName;
            var answers = await DistributionTable.ReadAsync(
                file,
                new DistributionTableOptions { Required = DistributionTable.ConsistencyColumns, Runs = parse.GetValue(run) ?? [], ItemsPath = parse.GetValue(items)?.FullName },
                ct).ConfigureAwait(false);
            WarnUnaligned(answers, parse.GetValue(items) is not null);
            var report = Compute(answers, options);
            Console.Out.Write(parse.GetValue(json) ? ConsistencyJson.Of(report, options) : ConsistencyText.Of(report, options, file, answers.Count));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static ConsistencyReport Compute(IReadOnlyList<AnswerDistribution> answers, ConsistencyOptions options)
    {
        try
        {
            return Consistency.Compute(answers, options);
        }
        catch (CentroidNotConvergedException e)
        {
            // As in the reference, a group whose centroid does not settle stops the measure; the message names it.
            throw new ConfigException($"{e.Message}; the measure cannot be scored", e);
        }
    }

    private static IReadOnlyList<string> ParseBy(string? text)
    {
        var names = (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !Dimensions.All.Contains(n, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new UsageException($"--by {text}: unknown dimension {string.Join(", ", unknown.Select(u => $"'{u}'"))}; expected some of {string.Join(", ", Dimensions.All)}");
        }

        return [.. names.Distinct(StringComparer.Ordinal)];
    }

    // The multilingual measure silently loses answers without their key; say how many, and how to give it.
    private static void WarnUnaligned(IReadOnlyList<AnswerDistribution> answers, bool itemsGiven)
    {
        var unaligned = answers.Count(a => a.PromptKind is PromptKinds.MultipleChoice or PromptKinds.Open && a.SteerValue is null
            && (a.OriginalTextEn is null || a.FormIndex is null || a.TopicNameEn is null));
        if (unaligned > 0)
        {
            Console.Error.WriteLine(
                $"note: {unaligned} mc/open answers have no multilingual key (topic_name_en, original_text_en, form_index) and are left out of the multilingual measure" +
                (itemsGiven ? " (their item_id is not in --items, or the items give no English original)" : "; pass --items items.jsonl to fill it from the items the run asked"));
        }
    }
}
