namespace ValueAtlas.Formats.Parquet;

/// <summary>
/// One column of one row group: a typed array (see <see cref="ParquetType"/> for the element types) and an optional
/// null mask of the same length. A null string or byte-array element also counts as null, so those columns may skip the mask.
/// </summary>
public sealed record ParquetColumnData
{
    public ParquetColumnData(Array values, bool[]? isNull = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Rank != 1)
        {
            throw new ArgumentException("Column values must be a one-dimensional array.", nameof(values));
        }

        if (isNull is not null && isNull.Length != values.Length)
        {
            throw new ArgumentException($"The null mask has {isNull.Length} entries for {values.Length} values.", nameof(isNull));
        }

        Type = TypeOf(values);
        Values = values;
        if (Type is ParquetType.String or ParquetType.Binary)
        {
            var references = (object?[])values;
            if (Array.IndexOf(references, null) >= 0)
            {
                var mask = isNull is null ? new bool[references.Length] : (bool[])isNull.Clone();
                for (var i = 0; i < references.Length; i++)
                {
                    mask[i] |= references[i] is null;
                }

                isNull = mask;
            }
        }

        IsNull = isNull;
    }

    public ParquetType Type { get; }

    public Array Values { get; }

    /// <summary>True where the row is null; the value slot there is ignored. Null when no row is null.</summary>
    public bool[]? IsNull { get; }

    public int Count => Values.Length;

    public int NullCount => IsNull is null ? 0 : IsNull.Count(n => n);

    public bool IsNullAt(int row) => IsNull is not null && IsNull[row];

    /// <summary>The value at a row, or null; boxed, for tests and inspection rather than bulk work.</summary>
    public object? this[int row] => IsNullAt(row) ? null : Values.GetValue(row);

    public static ParquetColumnData Of<T>(IReadOnlyList<T?> values)
        where T : struct
    {
        var array = new T[values.Count];
        var mask = new bool[values.Count];
        var anyNull = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                array[i] = value;
            }
            else
            {
                mask[i] = anyNull = true;
            }
        }

        return new ParquetColumnData(array, anyNull ? mask : null);
    }

    public static ParquetColumnData Of(IReadOnlyList<string?> values) => new(values.ToArray());

    private static ParquetType TypeOf(Array values) => values switch
    {
        string?[] => ParquetType.String,
        int[] => ParquetType.Int32,
        long[] => ParquetType.Int64,
        float[] => ParquetType.Float,
        double[] => ParquetType.Double,
        bool[] => ParquetType.Boolean,
        DateOnly[] => ParquetType.Date,
        DateTime[] => ParquetType.Timestamp,
        TimeOnly[] => ParquetType.Time,
        decimal[] => ParquetType.Decimal,
        byte[]?[] => ParquetType.Binary,
        _ => throw new ArgumentException(
            $"Column values of type {values.GetType().Name} are not supported; use string[], int[], long[], float[], double[], bool[], DateOnly[], DateTime[], TimeOnly[], decimal[] or byte[][].",
            nameof(values)),
    };
}
