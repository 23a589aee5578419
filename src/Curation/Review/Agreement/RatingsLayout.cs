namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>Where the item, rater and label columns are in a ratings file's header.</summary>
internal sealed record RatingsLayout(int Item, int Rater, int Label)
{
    public static RatingsLayout Find(IReadOnlyList<string> header, RatingColumns columns, string path)
    {
        var layout = new RatingsLayout(Index(header, columns.Item, "item", path), Index(header, columns.Rater, "rater", path), Index(header, columns.Label, "label", path));
        if (layout.Item == layout.Rater || layout.Item == layout.Label || layout.Rater == layout.Label)
        {
            throw new RatingsFileException(path, 1, $"the item, rater and label columns must be three different columns (got '{columns.Item}', '{columns.Rater}', '{columns.Label}')");
        }

        return layout;
    }

    private static int Index(IReadOnlyList<string> header, string name, string role, string path)
    {
        // Exact first; then ignoring case and surrounding spaces, as people type header names from memory.
        var index = IndexOf(header, name, StringComparison.Ordinal);
        if (index < 0)
        {
            index = IndexOf(header, name.Trim(), StringComparison.OrdinalIgnoreCase);
        }

        return index >= 0
            ? index
            : throw new RatingsFileException(path, 1, header.Count == 0
                ? $"expected a header with the {role} column '{name}', but the file is empty"
                : $"expected the {role} column '{name}', but the header has only: {string.Join(", ", header.Select(h => $"'{h}'"))}");
    }

    private static int IndexOf(IReadOnlyList<string> header, string name, StringComparison comparison)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), name, comparison))
            {
                return i;
            }
        }

        return -1;
    }
}
