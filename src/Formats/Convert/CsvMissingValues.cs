using System.Buffers;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// The texts a CSV uses for "no value" besides an empty field. They become nulls only in columns that are otherwise
/// numbers, booleans, dates or timestamps; in a text column they stay text (NA is also Namibia's country code).
/// </summary>
public sealed class CsvMissingValues
{
    // Looked up by span: a cell is tested before it is ever a string.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // Every cell of a numeric column is tested, so most are turned away by their first character before hashing.
    private readonly SearchValues<char> _firsts;

    public CsvMissingValues(IEnumerable<string> markers)
    {
        var set = new HashSet<string>(markers.Where(m => m.Length > 0), StringComparer.Ordinal);
        _lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _firsts = SearchValues.Create([.. set.Select(m => m[0]).Distinct()]);
    }

    /// <summary>NA, N/A, NULL and "." (SPSS, SAS and Stata exports), as pandas and R read them.</summary>
    public static CsvMissingValues Default { get; } = new(["NA", "N/A", "NULL", "."]);

    public static CsvMissingValues None { get; } = new([]);

    public IReadOnlyCollection<string> Markers => _lookup.Set;

    public bool IsMarker(ReadOnlySpan<char> value) => value.Length > 0 && _firsts.Contains(value[0]) && _lookup.Contains(value);

    /// <summary>Empty, or a marker.</summary>
    public bool IsMissing(ReadOnlySpan<char> value) => value.Length == 0 || IsMarker(value);
}
