using System.CommandLine;

namespace ValueAtlas.Cli.Commands.Review;

/// <summary><c>valueatlas review …</c>: the human review of generated items.</summary>
public static class ReviewCommand
{
    public static Command Create()
    {
        var review = new Command("review", """
            Human review of generated items before release. Items enter named queues as units (a topic; a question
            with its options; a paraphrase set; a translation). Each unit needs N blind decisions (approve, reject with a
            reason, or edit); disagreements go to an adjudicator. Annotators work in the browser (review serve) or in a
            spreadsheet (review export / review import). The store is SQLite (--db) or PostgreSQL (--pg); without either,
            the one named in review/review.yaml.
            """)
        {
            StoreOptions.Db,
            StoreOptions.Pg,
            StoreOptions.Config,
        };
        review.Subcommands.Add(InitCommand.Create());
        review.Subcommands.Add(EnqueueCommand.Create());
        review.Subcommands.Add(AnnotatorCommand.Create());
        review.Subcommands.Add(StatusCommand.Create());
        review.Subcommands.Add(LogCommand.Create());
        review.Subcommands.Add(ApprovedCommand.Create());
        review.Subcommands.Add(QueueAgreementCommand.Create());
        review.Subcommands.Add(SheetExportCommand.Create());
        review.Subcommands.Add(SheetImportCommand.Create());
        review.Subcommands.Add(ServeCommand.Create());
        return review;
    }
}
