namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// A data row of a sheet as read. <see cref="Row"/> is the row number a spreadsheet shows (the
/// header is row 1), not the file's line: a cell with line breaks spans several lines of the file.
/// </summary>
public sealed record SheetLine(int Row, IReadOnlyList<string> Cells);
