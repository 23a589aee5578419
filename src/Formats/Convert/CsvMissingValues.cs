namespace ValueAtlas.Formats.Convert;

/// <summary>
/// The texts a CSV uses for "no value" besides an empty field. They become nulls only in columns that are otherwise
/// numbers, booleans, dates or timestamps; in a text column they stay text (NA is also Namibia's country code).
/// </summary>
public sealed class CsvMissingValues(IEnumerable<string> markers)
{
    private readonly HashSet<string> _markers = new(markers.Where(m => m.Length > 0), StringComparer.Ordinal);

    /// <summary>NA, N/A, NULL and "." (SPSS, SAS and Stata exports), as pandas and R read them.</summary>
    public static CsvMissingValues Default { get; } = new(["NA", "N/A", "NULL", "."]);

    public static CsvMissingValues None { get; } = new([]);

    public IReadOnlyCollection<string> Markers => _markers;

    public bool IsMarker(string value) => _markers.Count > 0 && _markers.Contains(value);

    /// <summary>Empty, or a marker.</summary>
    public bool IsMissing(string value) => value.Length == 0 || IsMarker(value);
}
