using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Convert;

public sealed class RowGroupBatcherTests
{
    [Fact]
    public async Task WideTable_GetsRowGroupsSizedByMemory_NarrowOneByRowCount()
    {
        using var temp = new TempDirectory();
        var wide = Enumerable.Range(0, 500).Select(i => new ParquetColumn($"v{i}", ParquetType.Double))
            .Concat(Enumerable.Range(0, 20).Select(i => new ParquetColumn($"s{i}", ParquetType.String))).ToList();
        await using var wideWriter = ParquetWriter.Create(temp.File("wide.parquet"), wide);
        await using var narrowWriter = ParquetWriter.Create(temp.File("narrow.parquet"), [new ParquetColumn("id", ParquetType.Int64)]);

        await using var wideBatcher = new RowGroupBatcher(wideWriter, wide, 100_000);
        await using var narrowBatcher = new RowGroupBatcher(narrowWriter, [new ParquetColumn("id", ParquetType.Int64)], 100_000);

        Assert.InRange(wideBatcher.Size, 1_000, 30_000);
        Assert.Equal(100_000, narrowBatcher.Size);
    }
}
