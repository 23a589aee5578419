using System.CommandLine;
using System.Globalization;
using ValueAtlas.Cli.Output;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Prompts;
using ValueAtlas.Evaluation.Run;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Cli.Commands.Evaluate;

/// <summary><c>valueatlas evaluate --config FILE [--out DIR] [--format parquet|csv|jsonl] [--dry-run]</c>.</summary>
public static class EvaluateCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "Run config YAML with models: and an evaluation: section (see datasets/runs/eval.example.yaml).", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: results/<config name>)." };
        var format = new Option<string>("--format") { Description = "parquet, or csv / jsonl for a text copy of every table beside its Parquet file.", DefaultValueFactory = _ => "parquet" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the calls per model and run and an estimated cost; call nothing." };
        var command = new Command("evaluate", """
            Put every item and survey question of the configured runs to every model under test and record its answer
            distributions. Prompt kinds: mc (ValueConsistency multiple choice, options shuffled per query, `orderings`
            orders per item), open (a paragraph, classified for stance by the judge model), goqa-dp / goqa-cp / goqa-lp
            (GlobalOpinionQA default, cross-national and linguistic prompting, options in source order) and pvq (PVQ-21
            portraits with no value, each of the 11 values and the word "value" named). A persona (a country) adds a
            system prompt asking the model to answer as an adult living there.
            Distributions come from the option letters' log-probabilities (letter variants folded, mass on other tokens
            reported as uncovered_mass) or, where an endpoint gives none, from N samples. Writes to --out:
              answers.parquet         one row per query: model, run, prompt_kind, language, item_id, ordering (source option
                                      indices in letter order), prompt template id and SHA-256, method, response_text,
                                      uncovered_mass, tokens, cost, latency_ms, cached, error
              answer_options.parquet  query_id, option_index, letter, probability (one row per query and option)
              distributions.parquet   per model, prompt kind, language, item and option: probability averaged over the
                                      orders, n_queries, mean_uncovered_mass; keyed like items.jsonl and the harmonized tables
              skipped.parquet         run, item_id, language, reason: every input row no model was asked
              evaluate.json           per model and run (the judge on its own line): methods, queries, calls, cache hits,
                                      tokens, cost, failures, uncovered mass; per run: probes and skipped rows by reason;
                                      prompt template ids; per replica: calls, failures, rests
            Every call goes through the gateway's cache, so a stopped run re-run pays nothing twice and a finished one
            re-runs with no call. Nothing is written unless the run finishes.
            Exit codes: 0 ok, 2 bad input or configuration, 3 some queries failed after retries (the tables are written
            with the failures in answers.error; re-run to retry them).
            """)
        {
            config,
            output,
            format,
            dryRun,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var file = parse.GetValue(config)!;
            var tableFormat = parse.GetValue(format) switch
            {
                "parquet" => TableFormat.Parquet,
                "csv" => TableFormat.ParquetAndCsv,
                "jsonl" => TableFormat.ParquetAndJsonl,
                var other => throw new UsageException($"--format {other}: expected parquet, csv or jsonl"),
            };
            var countries = File.Exists(CountryRegistry.DefaultPath) ? CountryRegistry.Load(CountryRegistry.DefaultPath) : CountryRegistry.BuiltIn;
            var document = ConfigDocument.Read(file.FullName);
            var run = RunConfigLoader.Load(document, [EvaluationSection.Checked(countries)]);
            var evaluation = run.Section<EvaluationConfig>();
            EvaluationModels.Check(run, evaluation, document);
            var prompts = LoadPrompts(document, countries, evaluation.Prompts);
            var (inputs, summaries) = await EvaluationInputs.ReadAsync(evaluation, run.Seed, document, ct).ConfigureAwait(false);
            var skipped = summaries.Sum(s => s.SkippedByReason.Values.Sum());
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{summaries.Sum(s => s.Probes)} probes in {summaries.Count} runs ({skipped} input rows skipped, reasons in evaluate.json)"));
            if (parse.GetValue(dryRun))
            {
                var models = evaluation.Models.Select(n => (n, run.Models[n], StyleOf(run.Models[n]), SamplesOf(evaluation, n, run.Models[n]))).ToArray();
                (string, ModelConfig, bool)? judge = evaluation.Judge is { } j ? (j, run.Models[j], SamplesOf(evaluation, j, run.Models[j])) : null;
                var plan = await EvaluationPlan.CallsAsync(models, judge, inputs, prompts, evaluation.Answers, ct).ConfigureAwait(false);
                Console.Out.Write(PlanText.Describe(plan));
                return ExitCodes.Ok;
            }

            var folder = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("results", Path.GetFileNameWithoutExtension(file.Name)));
            if (Path.GetDirectoryName(folder) is null)
            {
                throw new UsageException($"--out {folder}: give a folder, not a file system root");
            }

            using var cache = ResponseCache.Open(run.Cache ?? Path.Combine(folder, "cache.sqlite"));
            var options = new GatewayOptions { Cache = cache, Seed = run.Seed };
            var names = evaluation.Models.Append(evaluation.Judge).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
            var gateways = names.ToDictionary(n => n, n => LlmGateway.Create(n, run.Models[n], options), StringComparer.Ordinal);
            try
            {
                EvaluatedModel Seat(string name) =>
                    new(name, gateways[name].Client, StyleOf(run.Models[name]), SamplesOf(evaluation, name, run.Models[name]), run.Models[name].MaxConcurrency);
                var underTest = evaluation.Models.Select(Seat).ToArray();
                var evaluator = new Evaluator(prompts, evaluation.Answers, evaluation.Judge is { } judge ? Seat(judge) : null);
                var planned = inputs.Sum(i => (long)i.Probes.Probes.Count) * underTest.Length;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"evaluating {string.Join(", ", underTest.Select(m => m.Name))}; cache {cache.Path}"));
                var result = await RunProgress.TrackAsync("evaluate", planned, () => evaluator.ProbesDone, evaluator.RunAsync(underTest, inputs, summaries, ct), unit: "probes").ConfigureAwait(false);
                await EvaluationOutput.WriteAsync(folder, result, tableFormat, ct).ConfigureAwait(false);
                var calls = result.Summary.Models.Sum(m => m.Calls);
                var hits = result.Summary.Models.Sum(m => m.CacheHits);
                var cost = result.Summary.Models.Sum(m => m.Cost);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Answers.Count} queries ({calls} calls, {hits} from cache, cost {cost:0.####}), {result.Distributions.Count} distribution rows; written to {folder}"));
                if (result.Summary.FailedQueries > 0)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"error: {result.Summary.FailedQueries} queries failed after retries (answers.error; first: {SecretRedactor.Redact(result.Summary.Models.SelectMany(m => m.FirstErrors).First())}); re-run to retry them, answers already received come from the cache"));
                    return ExitCodes.EndpointFailed;
                }

                return ExitCodes.Ok;
            }
            finally
            {
                foreach (var gateway in gateways.Values)
                {
                    gateway.Dispose();
                }
            }
        }));
        return command;
    }

    private static PromptStyle StyleOf(ModelConfig model) =>
        model.Provider == ProviderNames.OpenAICompletions ? PromptStyle.Completion : PromptStyle.Chat;

    // Anthropic gives no log-probabilities at all; others may be told to sample (LM Studio) or fall back at their first answer without any.
    private static bool SamplesOf(EvaluationConfig evaluation, string name, ModelConfig model) =>
        model.Provider == ProviderNames.Anthropic || evaluation.Sampling.Contains(name, StringComparer.Ordinal);

    private static EvaluationPrompts LoadPrompts(ConfigDocument document, CountryRegistry countries, string? folder)
    {
        try
        {
            return EvaluationPrompts.Create(countries, folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(document.ErrorAt($"{EvaluationSection.SectionKey}.prompts", e.Message), e);
        }
    }
}
