using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

internal sealed class ColumnBuffer<T>(Func<string, T> parse) : ColumnBuffer
{
    private T[] _values = new T[1024];
    private bool[] _nulls = new bool[1024];

    public override void SetText(int row, string text)
    {
        Ensure(row);
        _nulls[row] = text.Length == 0;
        _values[row] = text.Length == 0 ? default! : parse(text);
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
