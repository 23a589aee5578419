using System.Globalization;

namespace ValueAtlas.Formats.Spss;

/// <summary>
/// SPSS stores dates as seconds since 1582-10-14 (the Gregorian calendar's start) and marks them only by print format;
/// these render such values as ISO-8601.
/// </summary>
public static class SpssDates
{
    private static readonly DateTime Epoch = new(1582, 10, 14, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>ISO-8601 text for a value whose print format is a date or time format, else null.</summary>
    public static string? Format(SpssFormat format, double seconds)
    {
        if (double.IsNaN(seconds) || double.IsInfinity(seconds) || Math.Abs(seconds) > 3.2e11)
        {
            return null;
        }

        return format.Type switch
        {
            // DATE, ADATE, JDATE, SDATE, EDATE, MOYR-less date formats: a calendar day.
            20 or 23 or 24 or 38 or 39 => Epoch.AddSeconds(seconds).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),

            // DATETIME and YMDHMS.
            22 or 41 => Epoch.AddSeconds(seconds).ToString(seconds % 1 == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFF", CultureInfo.InvariantCulture),

            // TIME and DTIME are durations, which may pass 24 hours.
            21 or 25 => Duration(seconds),
            _ => null,
        };
    }

    private static string Duration(double seconds)
    {
        var span = TimeSpan.FromSeconds(Math.Abs(seconds));
        var sign = seconds < 0 ? "-" : "";
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{(int)span.TotalHours:00}:{span.Minutes:00}:{span.Seconds:00}");
    }
}
