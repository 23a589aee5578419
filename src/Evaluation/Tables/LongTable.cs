using System.Runtime.CompilerServices;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// Reads a long table by column name from Parquet, CSV or JSONL, the format chosen by the file's extension
/// (<c>.parquet</c>, <c>.csv</c>, <c>.jsonl</c> or <c>.json</c>), in batches of rows.
/// </summary>
public static class LongTable
{
    public static IReadOnlyList<string> Extensions { get; } = [".parquet", ".csv", ".jsonl", ".json"];

    /// <summary>The batches of <paramref name="path"/>; the first is checked for the <paramref name="required"/> columns.</summary>
    /// <param name="path">The table.</param>
    /// <param name="required">Columns the caller cannot do without.</param>
    /// <param name="what">What the file should be, for the message when it is missing (e.g. "evaluate's distributions table").</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">An unknown extension, a damaged file, a missing column, or a row that is not a row.</exception>
    public static async IAsyncEnumerable<TableRows> ReadAsync(
        string path, IReadOnlyList<string> required, string what, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(Directory.Exists(path) ? $"{path} is a folder; expected {what}" : $"{path}: no such file (expected {what})", path);
        }

        var first = true;
        await foreach (var rows in Batches(path, cancellationToken).ConfigureAwait(false))
        {
            if (first)
            {
                CheckColumns(rows, required);
                first = false;
            }

            yield return rows;
        }
    }

    /// <summary>Refuses a table without every one of <paramref name="required"/>, naming those it lacks and those it has.</summary>
    public static void CheckColumns(TableRows rows, IReadOnlyList<string> required)
    {
        var missing = required.Where(r => !rows.Has(r)).ToList();
        if (missing.Count > 0)
        {
            var has = rows.ColumnNames.Count == 0 ? "no columns" : string.Join(", ", rows.ColumnNames);
            throw new InvalidDataException(
                $"{rows.Path}: no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; expected {string.Join(", ", required)}; the file has {has}");
        }
    }

    private static IAsyncEnumerable<TableRows> Batches(string path, CancellationToken cancellationToken) =>
        Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".parquet" => ParquetTable.ReadAsync(path, cancellationToken),
            ".csv" => CsvTable.Read(path, cancellationToken).ToAsyncEnumerable(),
            ".jsonl" or ".json" => JsonlTable.ReadAsync(path, cancellationToken),
            var other => throw new InvalidDataException(
                $"{path}: a table must be {string.Join(", ", Extensions)} (the extension says which), not '{(other.Length == 0 ? "no extension" : other)}'"),
        };
}
