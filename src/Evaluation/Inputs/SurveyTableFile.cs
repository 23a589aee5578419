using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// Reads one harmonized table (<c>questions.parquet</c>, <c>options.parquet</c>) by column name, as harmonize writes
/// it; Evaluation does not reference Curation, so the names are the contract. A damaged file or a missing column is
/// an <see cref="InvalidDataException"/> naming the file.
/// </summary>
internal static partial class SurveyTableFile
{
    /// <summary>The row groups of <paramref name="path"/>, each with its columns by name.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="InvalidDataException">Not a readable Parquet file, or a column of <paramref name="required"/> is missing.</exception>
    public static async IAsyncEnumerable<SurveyTableRows> ReadAsync(
        string path, IReadOnlyList<string> required, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file (expected the harmonized table written by valueatlas harmonize)", path);
        }

        using var reader = await Open(path, cancellationToken).ConfigureAwait(false);
        var names = reader.Schema.Select(c => c.Name).ToList();
        var missing = required.Where(r => !names.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{path}: no column {string.Join(", ", missing.Select(m => $"'{m}'"))}; the file has {string.Join(", ", names)}");
        }

        for (var group = 0; group < reader.RowGroupCount; group++)
        {
            IReadOnlyList<ParquetColumnData> columns;
            try
            {
                columns = await reader.ReadRowGroupAsync(group, cancellationToken).ConfigureAwait(false);
            }
            catch (FileFormatException e)
            {
                throw new InvalidDataException(e.Message, e);
            }

            yield return new SurveyTableRows(path, names.Zip(columns).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }
    }

    /// <summary>The languages with a wording column (<c>text_en</c>, <c>text_ko</c>; not <c>text_ko_origin</c>), by primary tag.</summary>
    public static IReadOnlyList<(string Language, string Column)> WordingColumns(SurveyTableRows rows) =>
        [.. rows.ColumnNames.Select(n => WordingColumn().Match(n)).Where(m => m.Success).Select(m => (m.Groups[1].Value, m.Value))];

    private static async Task<ParquetReader> Open(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await ParquetReader.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (FileFormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    [GeneratedRegex("^text_([a-z]{2,3})$")]
    private static partial Regex WordingColumn();
}
