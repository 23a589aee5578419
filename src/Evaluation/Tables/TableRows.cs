using System.Globalization;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// A batch of rows of a long table (a Parquet row group, or a run of CSV or JSONL lines), cells looked up by column
/// name. Other writers type the same column differently (DuckDB and pandas write INT64 and DOUBLE where we write INT32,
/// CSV is all text), so every accessor accepts any type that holds the value exactly, and refuses anything else with
/// an <see cref="InvalidDataException"/> naming the file, the row (<see cref="Where"/>), the column and what was expected.
/// </summary>
public abstract class TableRows(string path)
{
    public string Path { get; } = path;

    public abstract IReadOnlyList<string> ColumnNames { get; }

    public abstract int Count { get; }

    public bool Has(string column) => ColumnNames.Contains(column, StringComparer.Ordinal);

    /// <summary>Where a row is, as a user finds it: "line 12" (CSV, JSONL: the line the record starts on) or "row 12" (Parquet, from 1).</summary>
    public abstract string Where(int row);

    /// <summary>The text in <paramref name="column"/>; null for a missing column, a null or a blank cell. Numbers and booleans as invariant text.</summary>
    public string? Text(string column, int row) => Cell(column, row) switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        float number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable value => value.ToString(null, CultureInfo.InvariantCulture),
        var other => throw Expected(column, row, "text", other),
    };

    /// <summary>The text in <paramref name="column"/>, which must be set.</summary>
    public string RequiredText(string column, int row) =>
        Text(column, row) ?? throw new InvalidDataException($"{Path}: {Where(row)}: column '{column}' is empty; expected a value");

    /// <summary>An integer; a whole double (pandas writes a nullable integer column as DOUBLE) or integer text is one too.</summary>
    public int? Integer(string column, int row) => Cell(column, row) switch
    {
        null => null,
        int value => value,
        long value when value is >= int.MinValue and <= int.MaxValue => (int)value,
        double value when double.IsNaN(value) => null,
        double value when value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue => (int)value,
        decimal value when value == decimal.Floor(value) && value is >= int.MinValue and <= int.MaxValue => (int)value,
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text when int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) => value,
        string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value == Math.Floor(value) && value is >= int.MinValue and <= int.MaxValue => (int)value,
        var other => throw Expected(column, row, "an integer", other),
    };

    /// <summary>A finite number; NaN (pandas' null) and a blank cell are null.</summary>
    public double? Number(string column, int row)
    {
        double? value = Cell(column, row) switch
        {
            null => null,
            double number => number,
            float number => number,
            int number => number,
            long number => number,
            decimal number => (double)number,
            string text when string.IsNullOrWhiteSpace(text) => null,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
            var other => throw Expected(column, row, "a number", other),
        };
        return value switch
        {
            null or double.NaN => null,
            { } number when double.IsInfinity(number) => throw Expected(column, row, "a finite number", number),
            _ => value,
        };
    }

    /// <summary>A boolean: true/false, 1/0 (any case, as text or a number).</summary>
    public bool? Flag(string column, int row) => Cell(column, row) switch
    {
        null => null,
        bool flag => flag,
        int number and (0 or 1) => number == 1,
        long number and (0 or 1) => number == 1,
        double number when number is 0 or 1 => number == 1,
        double number when double.IsNaN(number) => null,
        string text when string.IsNullOrWhiteSpace(text) => null,
        string text when text.Trim().ToLowerInvariant() is "true" or "1" => true,
        string text when text.Trim().ToLowerInvariant() is "false" or "0" => false,
        var other => throw Expected(column, row, "true or false", other),
    };

    /// <summary>The raw cell (string, bool, int, long, float, double, decimal, or another type a writer used); null for a missing column.</summary>
    protected abstract object? Cell(string column, int row);

    private InvalidDataException Expected(string column, int row, string expected, object found) =>
        new($"{Path}: {Where(row)}: column '{column}' holds {Describe(found)}; expected {expected}");

    private static string Describe(object value) => value switch
    {
        string text => $"\"{(text.Length > 40 ? text[..40] + "…" : text)}\"",
        System.Text.Json.JsonElement json => $"a JSON {json.ValueKind.ToString().ToLowerInvariant()}",
        IFormattable formattable => $"{formattable.ToString(null, CultureInfo.InvariantCulture)} ({value.GetType().Name})",
        _ => $"a {value.GetType().Name}",
    };
}
