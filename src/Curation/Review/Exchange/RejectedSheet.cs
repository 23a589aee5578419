namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>
/// The rows a partial import refused, as they were plus an error column, in the same CSV form as
/// the export: the annotator fixes them in their spreadsheet and imports that file (the error
/// column is ignored then).
/// </summary>
internal static class RejectedSheet
{
    public static string DefaultPath(string input) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input))!, Path.GetFileNameWithoutExtension(input) + ".rejected.csv");

    public static Task WriteAsync(
        string path, SheetFile sheet, IReadOnlyList<(SheetLine Line, IReadOnlyList<string> Errors)> rows, CancellationToken cancellationToken)
    {
        var old = sheet.IndexOf(SheetColumns.Error);
        var keep = Enumerable.Range(0, sheet.Header.Count).Where(i => i != old).ToArray();
        IReadOnlyList<string> header = [.. keep.Select(i => sheet.Header[i]), SheetColumns.Error];
        var lines = rows.Select(r => (string[])[.. keep.Select(i => i < r.Line.Cells.Count ? r.Line.Cells[i] : ""), string.Join("\n", r.Errors)]);
        return SheetCsv.WriteAsync(path, header, lines, cancellationToken);
    }
}
