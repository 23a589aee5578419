using System.Globalization;

namespace ValueAtlas.Formats.Convert;

/// <summary>The ISO-8601 forms CSV inference recognises: dates, date-times with no offset (naive) and with one (instants).</summary>
internal static class CsvDates
{
    private static readonly string[] Naive =
    [
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
    ];

    private static readonly string[] Offset =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
    ];

    public static bool IsDate(ReadOnlySpan<char> value) => value.Length == 10 && TryDate(value, out _);

    public static bool TryDate(ReadOnlySpan<char> value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryNaive(ReadOnlySpan<char> value, out DateTime result)
    {
        result = default;
        return value.Length >= 16 && value[4] == '-'
            && DateTime.TryParseExact(value, Naive, CultureInfo.InvariantCulture, DateTimeStyles.None, out result);
    }

    public static bool TryOffset(ReadOnlySpan<char> value, out DateTime utc)
    {
        utc = default;
        if (value.Length < 20 || value[4] != '-' || !DateTimeOffset.TryParseExact(value, Offset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        utc = parsed.UtcDateTime;
        return true;
    }

    /// <summary>A value of a naive timestamp column: a date-time, or a date at midnight.</summary>
    public static bool TryWallClock(ReadOnlySpan<char> value, out DateTime result)
    {
        if (TryNaive(value, out result))
        {
            return true;
        }

        var ok = TryDate(value, out var date);
        result = ok ? date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified) : default;
        return ok;
    }
}
