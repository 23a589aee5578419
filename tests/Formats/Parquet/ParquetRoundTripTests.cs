using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Parquet;

public sealed class ParquetRoundTripTests
{
    [Theory]
    [InlineData(ParquetCompression.Snappy, 0.8)]
    [InlineData(ParquetCompression.Gzip, 0.8)]
    [InlineData(ParquetCompression.Zstd, 0.8)]
    [InlineData(ParquetCompression.None, 0.8)]
    [InlineData(ParquetCompression.Snappy, 0)]
    [InlineData(ParquetCompression.Zstd, 0)]
    public async Task EveryType_WithNulls_RoundTrips(ParquetCompression compression, double dictionary)
    {
        using var temp = new TempDirectory();
        var file = temp.File("all.parquet");
        ParquetColumnData[][] groups = [SampleTable.Columns(50), SampleTable.Columns(7, 50), SampleTable.Columns(1, 57)];
        var options = new ParquetWriterOptions { Compression = compression, MaxDictionaryUniqueness = dictionary };

        await ParquetWriter.WriteAsync(file, SampleTable.Schema, groups, options, CancellationToken.None);

        using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
        Assert.Equal(SampleTable.Schema, reader.Schema);
        Assert.Equal(58, reader.RowCount);
        Assert.Equal(3, reader.RowGroupCount);
        for (var g = 0; g < groups.Length; g++)
        {
            var back = await reader.ReadRowGroupAsync(g, CancellationToken.None);
            AssertSame(groups[g], back);
        }
    }

    [Fact]
    public async Task LargeColumn_SpansSeveralPages()
    {
        using var temp = new TempDirectory();
        var file = temp.File("big.parquet");
        var columns = SampleTable.Columns(150_000);

        await ParquetWriter.WriteAsync(file, SampleTable.Schema, [columns], null, CancellationToken.None);

        using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
        AssertSame(columns, await reader.ReadRowGroupAsync(0, CancellationToken.None));
    }

    [Fact]
    public async Task EmptyRowGroup_AndMetadata_RoundTrip()
    {
        using var temp = new TempDirectory();
        var file = temp.File("empty.parquet");
        var options = new ParquetWriterOptions { KeyValueMetadata = [new("source", "설문 2024"), new("version", "1")] };

        await ParquetWriter.WriteAsync(file, SampleTable.Schema, [SampleTable.Columns(0)], options, CancellationToken.None);

        var info = await ParquetReader.InspectAsync(file, CancellationToken.None);
        Assert.Equal(0, info.RowCount);
        Assert.Equal([new("source", "설문 2024"), new("version", "1")], info.KeyValueMetadata);
        using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
        Assert.All(await reader.ReadRowGroupAsync(0, CancellationToken.None), c => Assert.Equal(0, c.Count));
    }

    [Fact]
    public async Task Inspect_ReportsStatisticsEncodingsAndCodec()
    {
        using var temp = new TempDirectory();
        var file = temp.File("stats.parquet");

        await ParquetWriter.WriteAsync(file, SampleTable.Schema, [SampleTable.Columns(10)], null, CancellationToken.None);

        var info = await ParquetReader.InspectAsync(file, CancellationToken.None);
        var group = Assert.Single(info.RowGroups);
        Assert.Equal(10, group.RowCount);
        var name = group.Columns[1];
        Assert.Equal("SNAPPY", name.Codec);
        Assert.Contains(name.Encodings, e => e is "RLE_DICTIONARY" or "PLAIN_DICTIONARY");
        Assert.Equal(2L, name.NullCount);
        Assert.Equal("", name.Min);
        Assert.Equal("서울", name.Max);
        var id = group.Columns[0];
        Assert.Equal(["DELTA_BINARY_PACKED", "RLE"], id.Encodings);
        Assert.Equal(-5L, id.Min);
        Assert.Equal(9 * 1_000_000_007L - 5, id.Max);
        Assert.Equal(new DateOnly(1950, 1, 1), group.Columns[5].Min);
        Assert.Equal(new DateTime(2018, 5, 6, 10, 10, 10), group.Columns[8].Min);
        Assert.Equal(DateTimeKind.Unspecified, ((DateTime)group.Columns[8].Max!).Kind);
        Assert.Equal(new DateTime(2018, 5, 6, 10, 10, 10).AddTicks(9 * 987_654_320L), group.Columns[8].Max);
        Assert.Equal(-999.99m, group.Columns[10].Min);
    }

    [Fact]
    public async Task FailedWrite_LeavesNoFile()
    {
        using var temp = new TempDirectory();
        var file = temp.File("bad.parquet");
        var columns = SampleTable.Columns(3);
        columns[0] = ParquetColumnData.Of(new long?[] { 1, null, 3 });

        await Assert.ThrowsAsync<ArgumentException>(() =>
            ParquetWriter.WriteAsync(file, SampleTable.Schema, [columns], null, CancellationToken.None));

        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task DisposedWithoutComplete_LeavesNoFile()
    {
        using var temp = new TempDirectory();
        var file = temp.File("abandoned.parquet");

        await using (var writer = ParquetWriter.Create(file, SampleTable.Schema))
        {
            await writer.WriteRowGroupAsync(SampleTable.Columns(3), CancellationToken.None);
            Assert.Single(Directory.GetFiles(temp.Path));
        }

        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    internal static void AssertSame(IReadOnlyList<ParquetColumnData> expected, IReadOnlyList<ParquetColumnData> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var c = 0; c < expected.Count; c++)
        {
            Assert.Equal(expected[c].Type, actual[c].Type);
            Assert.Equal(expected[c].Count, actual[c].Count);
            for (var row = 0; row < expected[c].Count; row++)
            {
                Assert.True(Equals(expected[c][row], actual[c][row]), $"column {c} row {row}: {expected[c][row]} != {actual[c][row]}");
                if (expected[c][row] is DateTime t)
                {
                    Assert.Equal(t.Kind, ((DateTime)actual[c][row]!).Kind);
                }
            }
        }
    }
}
