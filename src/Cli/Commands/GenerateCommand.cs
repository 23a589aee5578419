using System.CommandLine;
using System.Globalization;
using ValueAtlas.Cli.Output;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Generation.Chain;
using ValueAtlas.Generation.Config;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas generate --config FILE [--out DIR] [--dry-run]</c>.</summary>
public static class GenerateCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "Run config YAML (see datasets/runs/korea.yaml).", Required = true };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Output folder (default: generated/<config name>)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the planned calls per step and an estimated cost; call nothing." };
        var command = new Command("generate", """
            Generate ValueConsistency-style items: topics → binary questions → options with stance → paraphrases →
            translations → paraphrases in each target language, per country × {controversial, uncontroversial}.
            Writes topics.jsonl, items.jsonl, dropped.jsonl (filtered, with reasons), quarantine.jsonl (unusable answers)
            and run.json (per step: calls, cache hits, tokens, cost; kept and dropped by reason). Every answer is cached,
            so re-running the same config calls nothing and rewrites identical data files (run.json reports that run).
            Exit codes: 0 ok, 2 bad input or configuration, 3 the endpoint failed after retries.
            """)
        {
            config,
            output,
            dryRun,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var file = parse.GetValue(config)!;
            // The repository's registry when run from its root (scripts/run.sh does), so added countries are seen.
            var countries = File.Exists(CountryRegistry.DefaultPath) ? CountryRegistry.Load(CountryRegistry.DefaultPath) : CountryRegistry.BuiltIn;
            var document = ConfigDocument.Read(file.FullName);
            var run = RunConfigLoader.Load(document, [GenerationSection.Checked(countries)]);
            var generation = run.Section<GenerationConfig>();
            var settings = GenerationSettings.From(run, countries);
            // Before the dry run too, so a broken override is found before anyone waits for a plan.
            var prompts = LoadPrompts(document, generation.Prompts);
            if (parse.GetValue(dryRun))
            {
                Console.Out.WriteLine(GenerationPlan.Describe(settings, generation.Model!));
                return ExitCodes.Ok;
            }

            var folder = parse.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("generated", Path.GetFileNameWithoutExtension(file.Name)));
            using var cache = ResponseCache.Open(run.Cache ?? Path.Combine(folder, "cache.sqlite"));
            using var gateway = LlmGateway.Create("model", generation.Model!, new GatewayOptions { Cache = cache, Seed = run.Seed });
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generating for {string.Join(", ", settings.Countries.Select(c => c.Alpha2))} with {generation.Model!.Model}; cache {cache.Path}"));
            var chain = new GenerationChain(gateway, prompts, settings, TimeProvider.System);
            var planned = GenerationPlan.Calls(settings).Sum(s => s.Calls);
            var result = await RunProgress.TrackAsync("generate", planned, () => chain.CallsDone, chain.RunAsync(ct)).ConfigureAwait(false);
            await GenerationWriter.WriteAsync(folder, result, generation.Model!.Model, ct).ConfigureAwait(false);
            var usage = gateway.Ledger.For("model");
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Items.Kept.Count} items kept ({result.Items.Dropped.Count} dropped by filters), {result.Topics.Count} topics, {result.Quarantine.Count} answers quarantined; {usage.Calls} calls ({usage.CacheHits} from cache), tokens in {usage.InputTokens} out {usage.OutputTokens}, cost {usage.Cost:0.####}; written to {folder}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The built-in templates, with the run's override folder if it names one.</summary>
    /// <exception cref="ConfigException">The folder or a template in it cannot be used; named at the config's <c>prompts</c> line.</exception>
    private static PromptLibrary LoadPrompts(ConfigDocument document, string? folder)
    {
        if (folder is null)
        {
            return PromptLibrary.BuiltIn;
        }

        try
        {
            return PromptLibrary.WithOverrides(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(document.ErrorAt("prompts", e.Message), e);
        }
    }
}
