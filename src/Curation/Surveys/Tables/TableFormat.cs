namespace ValueAtlas.Curation.Surveys.Tables;

/// <summary>What a harmonized table is written as: Parquet always, and a CSV copy on request (--format csv).</summary>
public enum TableFormat
{
    Parquet,
    ParquetAndCsv,
}
