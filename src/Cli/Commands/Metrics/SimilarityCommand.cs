using System.CommandLine;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Tables;

namespace ValueAtlas.Cli.Commands.Metrics;

/// <summary><c>valueatlas metrics similarity --model FILE --human FILE [--options FILE] [--measure …] [--log-base e|2] [--resamples N] [--seed S] [--run NAME]… [--json]</c>.</summary>
internal static class SimilarityCommand
{
    public static Command Create()
    {
        var model = new Option<FileInfo>("--model")
        {
            Description = "The model's answers: evaluate's distributions table (its goqa-dp/cp/lp rows; item_id is the question id), or any long table of "
                + "question_id, option_index and/or option_code, and probability (or share or count). Its model, prompt_kind, language, "
                + "prompt_country and persona columns, when present, make one result per condition.",
            Required = true,
        };
        var human = new Option<FileInfo>("--human")
        {
            Description = "The countries' answers: harmonize's distributions table, or any long table of question_id, country (optional: "
                + "without it, one unnamed country), option_index and/or option_code, and weighted_share, share or a count (n, count). "
                + "Rows with is_missing true are left out.",
            Required = true,
        };
        var options = new Option<FileInfo?>("--options")
        {
            Description = "harmonize's options table (question_id, option_index, position): the ordinal positions --measure wasserstein needs, "
                + "for tables without a position column.",
        };
        var measure = new Option<string>("--measure")
        {
            Description = "js-distance (GlobalOpinionQA: 1 − JS distance), js-divergence (1 − JS divergence) or wasserstein (OpinionQA's "
                + "representativeness over ordinal positions: 1 − W1 / (max − min position)).",
            DefaultValueFactory = _ => "js-distance",
        };
        var logBase = MetricOptions.LogBase();
        var resamples = MetricOptions.Resamples();
        var seed = MetricOptions.Seed();
        var run = MetricOptions.Run("model table");
        var json = MetricOptions.Json();
        var command = new Command("similarity", """
            How similar a model's answer distributions are to each country's respondents, per question asked on both
            sides (options matched by option_index, else option_code; each side normalised to sum 1), averaged over the
            shared questions with a 95% BCa bootstrap interval over questions; countries ranked (1 = most similar),
            Korea (KR) marked. A question with no option in common, or (wasserstein) an option without a position, is
            skipped and counted. A "(… sample)" of harmonize's sample column is its own row beside the country.
            Exit codes: 0 ok, 2 bad file, column, value or option.
            """)
        {
            model,
            human,
            options,
            measure,
            logBase,
            resamples,
            seed,
            run,
            json,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var similarity = new SimilarityOptions
            {
                Measure = ParseMeasure(parse.GetValue(measure)),
                LogBase = MetricOptions.ParseLogBase(parse.GetValue(logBase)),
                Resamples = MetricOptions.CheckResamples(parse.GetValue(resamples)),
                Seed = parse.GetValue(seed),
            };
            var optionsPath = parse.GetValue(options)?.FullName;
            var models = await SurveyTable.ReadAsync(
                parse.GetValue(model)!.FullName, SurveySide.Model, new SurveyTableOptions { OptionsPath = optionsPath, Runs = parse.GetValue(run) ?? [] }, ct).ConfigureAwait(false);
            var humans = await SurveyTable.ReadAsync(parse.GetValue(human)!.FullName, SurveySide.Human, new SurveyTableOptions { OptionsPath = optionsPath }, ct).ConfigureAwait(false);
            var report = Similarity.Compute(models, humans, similarity);
            Console.Out.Write(parse.GetValue(json) ? SimilarityJson.Of(report, similarity) : SimilarityText.Of(report, similarity));
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static SimilarityMeasure ParseMeasure(string? text) => text switch
    {
        "js-distance" => SimilarityMeasure.JsDistance,
        "js-divergence" => SimilarityMeasure.JsDivergence,
        "wasserstein" => SimilarityMeasure.Wasserstein,
        _ => throw new UsageException($"--measure {text}: expected js-distance, js-divergence or wasserstein"),
    };
}
