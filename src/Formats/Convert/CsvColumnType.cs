using System.Globalization;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// The narrowest Parquet type every non-empty value of a CSV column fits: INT64, DOUBLE, BOOLEAN, DATE, else STRING.
/// Empty fields are nulls and do not vote.
/// </summary>
internal sealed class CsvColumnType
{
    private bool _long = true;
    private bool _double = true;
    private bool _bool = true;
    private bool _date = true;

    public void Observe(string value)
    {
        if (value.Length == 0)
        {
            return;
        }

        // Each check runs only while its type is still possible: most columns settle after a few rows.
        _long = _long && long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);
        _double = _double && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        _bool = _bool && value is "true" or "false";
        _date = _date && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    public ParquetType Type => _long ? ParquetType.Int64 : _double ? ParquetType.Double : _bool ? ParquetType.Boolean : _date ? ParquetType.Date : ParquetType.String;
}
