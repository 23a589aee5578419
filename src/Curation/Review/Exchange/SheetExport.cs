using ValueAtlas.Core.Config;
using ValueAtlas.Curation.Review.Annotators;
using ValueAtlas.Curation.Review.Store;

namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// Writes an annotator's spreadsheet: every unit of the queue still open to them, reserved for
/// them (the spreadsheet lease) so nobody else takes those units while they work offline.
/// Exporting again gives the units they still hold plus any new ones, and renews the lease.
/// </summary>
public static class SheetExport
{
    public static async Task<SheetExportResult> WriteAsync(
        ReviewStore store, Annotator who, string queue, string path, CancellationToken cancellationToken)
    {
        var progress = (await store.StatusAsync(cancellationToken)).FirstOrDefault(q => q.Queue == queue)
            ?? throw new ConfigException($"no queue '{queue}' in the review store");
        var units = await store.ClaimAsync(who, queue, Math.Max(progress.Units, 1), cancellationToken);
        var slots = units.Count == 0 ? 1 : units.Max(u => u.Unit.Fields.Count);
        await SheetCsv.WriteAsync(path, SheetColumns.Header(slots), units.Select(u => SheetRow.For(u, who, slots)), cancellationToken);
        return new SheetExportResult(path, units.Count, units.Count(u => u.Adjudication), store.Options.SpreadsheetLease);
    }
}
