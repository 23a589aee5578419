using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

internal sealed class ColumnBuffer<T>(ColumnBuffer.TryParse<T> parse, CsvMissingValues missing) : ColumnBuffer
{
    private T[] _values = new T[1024];
    private bool[] _nulls = new bool[1024];

    public override bool SetText(int row, string text)
    {
        Ensure(row);
        if (missing.IsMissing(text))
        {
            _nulls[row] = true;
            _values[row] = default!;
            return true;
        }

        _nulls[row] = false;
        return parse(text, out _values[row]);
    }

    public override void Set(int row, object? value)
    {
        Ensure(row);
        _nulls[row] = value is null;
        _values[row] = value is null ? default! : (T)value;
    }

    public override ParquetColumnData Take(int rows) => new(_values[..rows], _nulls[..rows]);

    private void Ensure(int row)
    {
        if (row < _values.Length)
        {
            return;
        }

        Array.Resize(ref _values, Math.Max(_values.Length * 2, row + 1));
        Array.Resize(ref _nulls, _values.Length);
    }
}
