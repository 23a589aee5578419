namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>What an export wrote: <see cref="Units"/> rows, <see cref="Adjudications"/> of them asking for an adjudicator's decision.</summary>
public sealed record SheetExportResult(string Path, int Units, int Adjudications, TimeSpan Lease);
