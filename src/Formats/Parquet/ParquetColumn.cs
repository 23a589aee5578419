namespace ValueAtlas.Formats.Parquet;

/// <summary>A flat column: optional columns may hold nulls, required ones may not.</summary>
public sealed record ParquetColumn(string Name, ParquetType Type, bool Optional = true)
{
    /// <summary>For <see cref="ParquetType.Timestamp"/>: instants (DuckDB TIMESTAMP WITH TIME ZONE) rather than naive wall-clock times.</summary>
    public bool AdjustedToUtc { get; init; }

    /// <summary>For <see cref="ParquetType.Decimal"/>: total digits.</summary>
    public int Precision { get; init; }

    /// <summary>For <see cref="ParquetType.Decimal"/>: digits after the point.</summary>
    public int Scale { get; init; }
}
