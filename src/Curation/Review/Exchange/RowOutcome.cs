namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>What checking one row found: a plan when valid, every problem when not.</summary>
public sealed record RowOutcome(SheetLine Line, RowStatus Status, RowPlan? Plan, IReadOnlyList<string> Errors)
{
    public static RowOutcome Blank(SheetLine line) => new(line, RowStatus.Blank, null, []);

    public static RowOutcome Skipped(SheetLine line) => new(line, RowStatus.Skipped, null, []);

    public static RowOutcome Valid(SheetLine line, RowPlan plan) => new(line, RowStatus.Valid, plan, []);

    public static RowOutcome Invalid(SheetLine line, IReadOnlyList<string> errors) => new(line, RowStatus.Invalid, null, errors);
}
