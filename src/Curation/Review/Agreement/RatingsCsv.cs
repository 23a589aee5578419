using CsvHelper;

namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// Reads long-format ratings: a UTF-8 CSV (byte order mark or not) with a header and one rating per line.
/// Any other columns are ignored.
/// </summary>
public static class RatingsCsv
{
    private static readonly CsvReaderOptions Options = new()
    {
        // Detection could pick ';' or '|' from a label; this is a comma-separated file.
        Separator = ',',
        TrackLineNumbers = true,
        MalformedData = CsvMalformedDataHandling.Throw,

        // Padding outside quotes is layout, not part of a label.
        TrimWhitespace = true,
    };

    /// <exception cref="RatingsFileException">A column is missing, a cell is empty, quoting is broken, or a rater rated an item twice.</exception>
    public static async Task<IReadOnlyList<Rating>> ReadAsync(string path, RatingColumns columns, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(columns);
        using var reader = CsvReader.FromFile(path, Options);
        try
        {
            await reader.ReadHeaderAsync(ct).ConfigureAwait(false);
            var layout = RatingsLayout.Find(reader.Headers, columns, path);
            var ratings = new List<Rating>();
            var firstLine = new Dictionary<(string Item, string Rater), long>();
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var line = reader.LineNumber;
                var rating = new Rating(Cell(reader, layout.Item, columns.Item, path), Cell(reader, layout.Rater, columns.Rater, path), Cell(reader, layout.Label, columns.Label, path));
                if (!firstLine.TryAdd((rating.Item, rating.Rater), line))
                {
                    throw new RatingsFileException(path, line, $"rater '{rating.Rater}' rated item '{rating.Item}' again; the first rating is on line {firstLine[(rating.Item, rating.Rater)]}");
                }

                ratings.Add(rating);
            }

            return ratings;
        }
        catch (CsvFormatException e)
        {
            throw new RatingsFileException(path, e.LineNumber, e.Message);
        }
    }

    private static string Cell(CsvReader reader, int index, string column, string path)
    {
        if (index >= reader.FieldCount)
        {
            throw new RatingsFileException(path, reader.LineNumber, $"expected a '{column}' value in field {index + 1}, but the line has only {reader.FieldCount} field(s)");
        }

        var value = reader.GetString(index);
        return value.Length > 0
            ? value
            : throw new RatingsFileException(path, reader.LineNumber, $"the '{column}' cell (field {index + 1}) is empty");
    }
}
