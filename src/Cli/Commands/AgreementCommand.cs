using System.CommandLine;
using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas agreement FILE.csv --item COL --rater COL --label COL [--json]</c>.</summary>
public static class AgreementCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A UTF-8 CSV (byte order mark or not) with a header and one rating per line; other columns are ignored." };
        var item = new Option<string>("--item") { HelpName = "column", Description = "The column naming what was rated (a topic, a unit id).", Required = true };
        var rater = new Option<string>("--rater") { HelpName = "column", Description = "The column naming who rated it. A rater may rate an item only once.", Required = true };
        var label = new Option<string>("--label") { HelpName = "column", Description = "The column holding the label given; labels are nominal and compared exactly.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the same as one JSON document (snake_case); undefined statistics are null beside a reason." };
        var command = new Command("agreement", """
            Inter-rater agreement of nominal labels in a long-format ratings file: Fleiss' kappa (only when every item
            has the same number of ratings, at least two), Krippendorff's alpha with the nominal distance (any number
            of ratings per item; items with a single rating cannot be paired and are left out), observed percent
            agreement (the share of agreeing rater pairs, averaged over items), and the majority label of every item
            (ties list every tied label). A statistic the data leave undefined is reported with the reason.
            Exit codes: 0 ok, 2 bad input (the message names the file and line).
            """)
        {
            file,
            item,
            rater,
            label,
            json,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!.FullName;
            var columns = new RatingColumns(parse.GetValue(item)!, parse.GetValue(rater)!, parse.GetValue(label)!);
            IReadOnlyList<Rating> ratings;
            try
            {
                ratings = await RatingsCsv.ReadAsync(path, columns, ct).ConfigureAwait(false);
            }
            catch (RatingsFileException e)
            {
                throw new UsageException(e.Message);
            }

            var summary = InterRaterAgreement.Compute(ratings);
            Console.Out.WriteLine(parse.GetValue(json) ? AgreementCommandOutput.Json(path, summary) : AgreementCommandOutput.Text(path, summary));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
