using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

/// <summary>
/// The narrowest Parquet type every value of a CSV column fits: INT64, DOUBLE, BOOLEAN, DATE, naive TIMESTAMP (ISO
/// date-times with no offset, or a mix of those and dates), TIMESTAMP adjusted to UTC (all with an offset), else
/// STRING. Empty fields and missing-value markers are nulls and do not vote; a column of nothing but markers stays text.
/// </summary>
internal sealed class CsvColumnType(CsvMissingValues missing)
{
    private bool _long = true;
    private bool _double = true;
    private bool _bool = true;
    private bool _date = true;
    private bool _naive = true;
    private bool _offset = true;
    private bool _anyValue;
    private bool _anyMarker;

    public void Observe(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return;
        }

        if (missing.IsMarker(value))
        {
            _anyMarker = true;
            return;
        }

        _anyValue = true;

        // Each check runs only while its type is still possible: most columns settle after a few rows.
        _long = _long && CsvNumbers.TryParseInt64(value, out _);
        _double = _double && (_long || CsvNumbers.TryParseDouble(value, out _));
        _bool = _bool && (value.SequenceEqual("true") || value.SequenceEqual("false"));
        var date = (_date || _naive) && CsvDates.IsDate(value);
        _date = _date && date;
        _naive = _naive && (date || CsvDates.TryNaive(value, out _));
        _offset = _offset && CsvDates.TryOffset(value, out _);
    }

    public ParquetColumn Column(string name)
    {
        var type = _anyMarker && !_anyValue ? ParquetType.String
            : _long ? ParquetType.Int64
            : _double ? ParquetType.Double
            : _bool ? ParquetType.Boolean
            : _date ? ParquetType.Date
            : _naive || _offset ? ParquetType.Timestamp
            : ParquetType.String;
        return new ParquetColumn(name, type) { AdjustedToUtc = type == ParquetType.Timestamp && !_naive };
    }
}
