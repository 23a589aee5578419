using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tables;

/// <summary>One column of a harmonized table: its name, Parquet type and how to read it from a row.</summary>
public sealed record TableColumn<TRow>(string Name, ParquetType Type, Func<TRow, object?> Get, bool Optional = true);
