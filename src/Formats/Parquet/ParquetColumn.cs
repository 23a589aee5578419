namespace ValueAtlas.Formats.Parquet;

/// <summary>A flat column: optional columns may hold nulls, required ones may not.</summary>
public sealed record ParquetColumn(string Name, ParquetType Type, bool Optional = true);
