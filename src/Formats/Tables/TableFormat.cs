namespace ValueAtlas.Formats.Tables;

/// <summary>What a table is written as: Parquet always, and a text copy on request (<c>--format csv|jsonl</c>).</summary>
public enum TableFormat
{
    Parquet,
    ParquetAndCsv,
    ParquetAndJsonl,
}
