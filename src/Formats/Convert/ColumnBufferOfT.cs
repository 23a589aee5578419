using System.Runtime.CompilerServices;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Convert;

internal sealed class ColumnBuffer<T>(ColumnBuffer.TryParse<T> parse, CsvMissingValues missing, int capacity) : ColumnBuffer
{
    private T[] _values = new T[Math.Min(capacity, 1024)];
    private bool[] _nulls = new bool[Math.Min(capacity, 1024)];

    public override bool SetText(int row, ReadOnlySpan<char> text)
    {
        Ensure(row);
        if (missing.IsMissing(text))
        {
            _nulls[row] = true;
            _values[row] = default!;
            return true;
        }

        _nulls[row] = false;

        // The two types nearly every survey cell is: parsed without a delegate call (the JIT drops the other branches).
        if (typeof(T) == typeof(long))
        {
            return CsvNumbers.TryParseInt64(text, out Unsafe.As<T, long>(ref _values[row]));
        }

        if (typeof(T) == typeof(double))
        {
            return CsvNumbers.TryParseDouble(text, out Unsafe.As<T, double>(ref _values[row]));
        }

        return parse(text, out _values[row]);
    }

    public override void Set(int row, object? value)
    {
        Ensure(row);
        _nulls[row] = value is null;
        _values[row] = value is null ? default! : (T)value;
    }

    /// <summary>A full buffer is lent, not copied: the writer is done with it before the next row is set.</summary>
    public override ParquetColumnData Take(int rows) =>
        rows == _values.Length ? new(_values, _nulls) : new(_values[..rows], _nulls[..rows]);

    private void Ensure(int row)
    {
        if (row < _values.Length)
        {
            return;
        }

        // Growing to exactly the row-group size lets a full group be lent without a copy.
        Array.Resize(ref _values, Math.Clamp(_values.Length * 2, row + 1, Math.Max(capacity, row + 1)));
        Array.Resize(ref _nulls, _values.Length);
    }
}
