using System.CommandLine;
using ValueAtlas.Curation.Review.Exchange;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review import F.csv [--partial [--rejected FILE]]</c>.</summary>
public static class SheetImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A sheet written by review export, with decisions filled in." };
        var partial = new Option<bool>("--partial") { Description = "Apply the valid rows even when others are wrong; the wrong ones go to the rejected file." };
        var rejected = new Option<FileInfo?>("--rejected") { Description = "With --partial: where the rejected rows go (default: NAME.rejected.csv beside the input)." };
        var import = new Command("import", """
            Record the decisions of a filled-in sheet (see review export for its columns). Every row is checked
            first: a known unit and annotator, read-only columns as exported, a known decision, a reject reason
            (and a note for "other"), edited text that differs from the original, a rationale on adjudication
            rows, no decision the annotator already made differently. Rows without a decision are skipped.
            Problems are listed as FILE:ROW: message, with rows numbered as the spreadsheet shows them (the
            header is row 1). Nothing is applied unless every row is valid; with --partial the valid rows are
            applied and the rejected ones written, with an error column, to a CSV to fix and import again.
            Importing the same file twice changes nothing. Exit codes: 0 every decided row recorded (or already
            recorded), 2 some row rejected or bad input.
            """)
        {
            file,
            partial,
            rejected,
        };
        import.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var input = parse.GetValue(file)!;
            var options = new SheetImportOptions { Partial = parse.GetValue(partial), RejectedPath = parse.GetValue(rejected)?.FullName };
            if (options.RejectedPath is not null && !options.Partial)
            {
                throw new UsageException("--rejected only applies with --partial");
            }

            if (!input.Exists)
            {
                throw new UsageException(Directory.Exists(input.FullName) ? $"{input} is a folder; give the sheet file" : $"{input}: no such file");
            }

            await using var store = await StoreOptions.OpenAsync(parse, ct).ConfigureAwait(false);
            var result = await SheetImport.RunAsync(store, input.FullName, options, ct).ConfigureAwait(false);
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine(error.Format(input.ToString()));
            }

            Console.Error.WriteLine($"applied {result.Applied}, unchanged {result.Unchanged}, skipped {result.Skipped}, rejected {result.Rejected}");
            if (result.NothingApplied && result.Errors.Count > 0)
            {
                Console.Error.WriteLine("nothing was applied: fix the rows above and import again, or use --partial to apply the valid rows");
            }

            if (result.RejectedPath is not null)
            {
                Console.Error.WriteLine($"rejected rows → {result.RejectedPath} (fix them there and import that file)");
            }

            return result.Errors.Count == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return import;
    }
}
