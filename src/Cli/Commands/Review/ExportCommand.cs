using System.CommandLine;
using System.Globalization;
using ValueAtlas.Curation.Review.Exchange;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review export --queue Q --annotator A --out F.csv</c>.</summary>
public static class SheetExportCommand
{
    public static Command Create()
    {
        var queue = new Option<string>("--queue") { Description = "The queue to take units from.", Required = true };
        var annotator = new Option<string>("--annotator") { Description = "The annotator, by name or id (the sheet carries only the id).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write (replaced atomically).", Required = true };
        var export = new Command("export", $"""
            Write a spreadsheet (CSV) with one row per unit of the queue still open to the annotator, and reserve
            those units for them (spreadsheet_lease_days in review.yaml) so nobody else takes them meanwhile.
            Exporting again gives the units they still hold plus new ones. The file is UTF-8 with a byte order
            mark and CRLF line ends, so Excel and LibreOffice open it with Korean intact; save it back as
            "CSV UTF-8". Then: valueatlas review import FILE.

            Read-only (import refuses a row where these changed): queue, unit_id, annotator (pseudonymous id),
              kind (topic, question, paraphrases, translation), language, country, topic, and for each field
              slot N = 1, 2, ...: field_N (its key: topic, question, option:1, original, paraphrase:ID, source,
              target), stance_N (of an option: supports, opposes, neutral), text_en_N (the English), text_N.
            Shown only: adjudication ("yes": you decide as adjudicator, a rationale is required),
              other_decisions (for an adjudicator: each annotator's decision).
            To fill in:
              decision   {DecisionWords.Accepted}; empty = decide later
              reason     for reject, a code of review.yaml or its Korean label; "other" needs a note. By default:
                         {string.Join(", ", ReviewOptions.Default.RejectReasons.Select(r => r.Code))}
              note       anything worth saying
              rationale  an adjudicator's reasons (adjudication rows)
              edit_N     for edit: the new text of field N; leave the fields you keep empty
            """)
        {
            queue,
            annotator,
            output,
        };
        export.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var name = parse.GetValue(annotator)!;
            var who = await store.FindAnnotatorAsync(name, ct).ConfigureAwait(false)
                ?? throw new UsageException($"--annotator: no annotator '{name}' (see review annotator list)");
            var result = await SheetExport.WriteAsync(store, who, parse.GetValue(queue)!, parse.GetValue(output)!.FullName, ct).ConfigureAwait(false);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Units} units ({result.Adjudications} for adjudication) for {who.Name} ({who.Id}) → {result.Path}; reserved for them for {result.Lease.TotalDays:0.#} days"));
            return ExitCodes.Ok;
        }));
        return export;
    }
}
