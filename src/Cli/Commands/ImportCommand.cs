using System.CommandLine;
using System.Globalization;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas import valueconsistency FOLDER --out DIR</c>, <c>valueatlas import pvq FILE|FOLDER... --out DIR</c>.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Bring external data into the ValueAtlas schema.");
        var folder = new Argument<DirectoryInfo>("folder") { Description = "The ValueConsistency data folder, e.g. datasets/external/valueconsistency." };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write items.jsonl, topics.jsonl and quarantine.jsonl.", Required = true };
        var valueConsistency = new Command("valueconsistency", """
            Import the public ValueConsistency questions ({controversial|uncontroversial}_{language}_{country}.jsonl)
            as items.jsonl rows: controversial, language and country from the file names, originals and paraphrases
            linked, options with their stances, provenance marked as imported. Lines that cannot be imported go to
            quarantine.jsonl with file, line and reason. Exit codes: 0 all imported, 2 some lines quarantined or bad input.
            """)
        {
            folder,
            output,
        };
        valueConsistency.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var source = parse.GetValue(folder)!;
            var target = parse.GetValue(output)!.FullName;
            var result = await ValueConsistencyImport.ReadAsync(source.FullName, CountryRegistry.BuiltIn, ct).ConfigureAwait(false);

            await JsonlWriter.WriteAsync(Path.Combine(target, "items.jsonl"), result.Items, ct).ConfigureAwait(false);
            await JsonlWriter.WriteAsync(Path.Combine(target, "topics.jsonl"), result.Topics, ct).ConfigureAwait(false);
            await JsonlWriter.WriteAsync(Path.Combine(target, "quarantine.jsonl"), result.Quarantined, ct).ConfigureAwait(false);
            foreach (var bad in result.Quarantined)
            {
                Console.Error.WriteLine($"{bad.File}:{bad.Line}: {bad.Reason}");
            }

            var originals = result.Items.Count(i => !i.IsParaphrase);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {result.Items.Count} items ({originals} originals, {result.Items.Count - originals} paraphrases) in {result.Topics.Count} topics; {result.Quarantined.Count} quarantined; written to {target}"));
            return result.Quarantined.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        import.Subcommands.Add(valueConsistency);
        import.Subcommands.Add(CreatePvq());
        return import;
    }

    private static Command CreatePvq()
    {
        var files = new Argument<FileSystemInfo[]>("files")
        {
            Description = "PVQ files (pvq_{english|chinese|german|japanese|korean}.jsonl) or folders holding them, e.g. datasets/external/valueconsistency.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write items.jsonl, topics.jsonl and quarantine.jsonl.", Required = true };
        var pvq = new Command("pvq", """
            Import the public PVQ-21 portraits (ValueConsistency's steerability items) as items.jsonl rows: one row per
            portrait, its Schwartz value as the topic (name in the file's language and in English), the two answers with
            their stances, country ZZ (about no country), not controversial, provenance marked as imported. With the
            English file in the same call, each Chinese, German, ... row is linked to the English row at the same place
            (original_id, text_en), as a translation.
            Exit codes: 0 all imported, 2 some lines quarantined or bad input.
            """)
        {
            files,
            output,
        };
        pvq.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            IReadOnlyList<PvqFile> sources;
            try
            {
                sources = PvqFile.Discover(parse.GetValue(files)!.Select(f => f.FullName));
            }
            catch (InvalidDataException e)
            {
                // A file named so that its language cannot be known: the user names it differently.
                throw new UsageException(e.Message);
            }

            var target = parse.GetValue(output)!.FullName;
            var result = await PvqImport.ReadAsync(sources, ct).ConfigureAwait(false);

            await JsonlWriter.WriteAsync(Path.Combine(target, "items.jsonl"), result.Items, ct).ConfigureAwait(false);
            await JsonlWriter.WriteAsync(Path.Combine(target, "topics.jsonl"), result.Topics, ct).ConfigureAwait(false);
            await JsonlWriter.WriteAsync(Path.Combine(target, "quarantine.jsonl"), result.Quarantined, ct).ConfigureAwait(false);
            foreach (var bad in result.Quarantined)
            {
                Console.Error.WriteLine($"{bad.File}:{bad.Line}: {bad.Reason}");
            }

            var linked = result.Items.Count(i => i.OriginalId is not null);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"imported {result.Items.Count} portraits from {sources.Count} files ({linked} linked to their English original) in {result.Topics.Count} topics; {result.Quarantined.Count} quarantined; written to {target}"));
            return result.Quarantined.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return pvq;
    }
}
