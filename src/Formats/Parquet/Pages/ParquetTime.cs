namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>Conversions between .NET dates and Parquet's day and epoch-unit integers.</summary>
internal static class ParquetTime
{
    private static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDayNumber;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(checked(days + EpochDayNumber));

    /// <summary>Local times are converted to UTC; unspecified ones are taken as UTC already. Sub-microsecond ticks round down.</summary>
    public static long ToMicros(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        var ticks = utc.Ticks - DateTime.UnixEpoch.Ticks;
        return ticks >= 0 ? ticks / 10 : -((-ticks + 9) / 10);
    }

    /// <summary>unit: 1 millis, 2 micros, 3 nanos (the LogicalType TimeUnit field ids).</summary>
    public static DateTime FromUnits(long value, int unit)
    {
        var ticks = unit switch
        {
            1 => checked(value * TimeSpan.TicksPerMillisecond),
            3 => value / 100,
            _ => checked(value * 10),
        };
        return new DateTime(checked(DateTime.UnixEpoch.Ticks + ticks), DateTimeKind.Utc);
    }
}
