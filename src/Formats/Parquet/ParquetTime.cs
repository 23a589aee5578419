namespace ValueAtlas.Formats.Parquet;

/// <summary>Conversions between .NET times and Parquet's epoch-unit integers.</summary>
internal static class ParquetTime
{
    /// <summary>
    /// A naive column stores the wall-clock reading whatever the value's kind; an instant column converts local times
    /// to UTC first. Sub-microsecond ticks round down.
    /// </summary>
    public static long ToMicros(DateTime value, bool adjustedToUtc)
    {
        var time = adjustedToUtc && value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        var ticks = time.Ticks - DateTime.UnixEpoch.Ticks;
        return ticks >= 0 ? ticks / 10 : -((-ticks + 9) / 10);
    }

    public static DateTime FromMicros(long micros, bool adjustedToUtc) =>
        new(checked(DateTime.UnixEpoch.Ticks + (micros * 10)), adjustedToUtc ? DateTimeKind.Utc : DateTimeKind.Unspecified);

    /// <summary>Parquet.Net gives naive timestamps kind Local without converting them; the reading stays, the kind is fixed.</summary>
    public static DateTime Normalize(DateTime value, bool adjustedToUtc) =>
        DateTime.SpecifyKind(value, adjustedToUtc ? DateTimeKind.Utc : DateTimeKind.Unspecified);

    public static long ToMicros(TimeOnly value) => value.Ticks / 10;

    public static TimeOnly FromMicros(long micros) => new(checked(micros * 10));
}
