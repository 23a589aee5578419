namespace ValueAtlas.Formats.Convert;

/// <summary>RFC 4180 quoting: only fields that need it are quoted.</summary>
internal static class CsvText
{
    public static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\n\r") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
