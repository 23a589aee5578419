using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Convert;

public sealed class CsvColumnTypeTests
{
    [Theory]
    [InlineData(ParquetType.Int64, false, "1", "NA", "", ".", "-3")]
    [InlineData(ParquetType.Double, false, "1", "N/A", "2.5", "NULL")]
    [InlineData(ParquetType.String, false, "NA", "NA", ".")]
    [InlineData(ParquetType.String, false, "KR", "NA", "DE")]
    [InlineData(ParquetType.Date, false, "2024-05-01", "NA", "2024-12-31")]
    [InlineData(ParquetType.Timestamp, false, "2024-05-01T10:00:00", "2024-05-02 11:30:00.5", "2024-05-03")]
    [InlineData(ParquetType.Timestamp, true, "2024-05-01T10:00:00+09:00", "2024-05-02T01:00:00Z")]
    [InlineData(ParquetType.String, false, "2024-05-01T10:00:00", "2024-05-02T01:00:00Z")]
    [InlineData(ParquetType.Boolean, false, "true", ".", "false")]
    public void Column_TakesTheNarrowestTypeAndIgnoresMarkers(ParquetType type, bool utc, params string[] values)
    {
        var column = new CsvColumnType(CsvMissingValues.Default);
        foreach (var value in values)
        {
            column.Observe(value);
        }

        var result = column.Column("c");

        Assert.Equal(type, result.Type);
        Assert.Equal(utc, result.AdjustedToUtc);
    }

    [Fact]
    public void WithoutMarkers_NaIsText()
    {
        var column = new CsvColumnType(CsvMissingValues.None);
        column.Observe("1");
        column.Observe("NA");

        Assert.Equal(ParquetType.String, column.Column("c").Type);
    }

    [Fact]
    public void Buffer_MakesMarkersNullInNumbersButKeepsThemInText()
    {
        var numbers = ColumnBuffer.For(new ParquetColumn("n", ParquetType.Double), 3, CsvMissingValues.Default);
        var text = ColumnBuffer.For(new ParquetColumn("t", ParquetType.String), 3, CsvMissingValues.Default);
        Assert.True(numbers.SetText(0, "NA"));
        Assert.True(numbers.SetText(1, "2.5"));
        Assert.False(numbers.SetText(2, "two"));
        Assert.True(text.SetText(0, "NA"));
        Assert.True(text.SetText(1, ""));

        Assert.Null(numbers.Take(2)[0]);
        Assert.Equal(2.5, numbers.Take(2)[1]);
        Assert.Equal("NA", text.Take(2)[0]);
        Assert.Null(text.Take(2)[1]);
    }
}
