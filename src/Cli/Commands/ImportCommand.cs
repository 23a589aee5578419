using System.CommandLine;
using System.Globalization;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;
using ValueAtlas.Generation.Import;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas import valueconsistency FOLDER --out DIR</c>.</summary>
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
        return import;
    }
}
