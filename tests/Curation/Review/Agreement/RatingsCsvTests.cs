using System.Text;
using ValueAtlas.Curation.Review.Agreement;

namespace ValueAtlas.Curation.Tests.Review.Agreement;

public sealed class RatingsCsvTests
{
    private static readonly RatingColumns Columns = new("item", "rater", "label");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Read_TakesUtf8WithOrWithoutByteOrderMark(bool bom)
    {
        using var dir = new TempDirectory();
        var path = dir.File("ratings.csv");
        await File.WriteAllTextAsync(path, "item,rater,label\n사형제,김,찬성\n사형제,이,\"반대, 강하게\"\n", new UTF8Encoding(bom));

        var ratings = await RatingsCsv.ReadAsync(path, Columns, CancellationToken.None);

        Assert.Equal([new Rating("사형제", "김", "찬성"), new Rating("사형제", "이", "반대, 강하게")], ratings);
    }

    [Fact]
    public async Task Read_FindsColumnsByNameAnywhereAndIgnoresOthers()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "note,Label,topic,worker\nx,yes,t1,w1\n");

        var ratings = await RatingsCsv.ReadAsync(path, new RatingColumns("topic", "worker", "label"), CancellationToken.None);

        Assert.Equal([new Rating("t1", "w1", "yes")], ratings);
    }

    [Fact]
    public async Task Read_MissingColumn_NamesTheColumnsPresent()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "item,annotator,label\na,r1,x\n");

        var e = await Assert.ThrowsAsync<RatingsFileException>(() => RatingsCsv.ReadAsync(path, Columns, CancellationToken.None));

        Assert.Equal($"{path}: line 1: expected the rater column 'rater', but the header has only: 'item', 'annotator', 'label'", e.Message);
    }

    [Fact]
    public async Task Read_EmptyCell_NamesLineAndColumn()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "item,rater,label\na,r1,x\n\"b\nstill b\",r1,y\nc,r1,\n");

        var e = await Assert.ThrowsAsync<RatingsFileException>(() => RatingsCsv.ReadAsync(path, Columns, CancellationToken.None));

        // Line 5, not record 4: the quoted item before it spans two lines.
        Assert.Equal($"{path}: line 5: the 'label' cell (field 3) is empty", e.Message);
        Assert.Equal(5, e.Line);
    }

    [Fact]
    public async Task Read_ShortLine_SaysWhichFieldIsMissing()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "item,rater,label\na,r1\n");

        var e = await Assert.ThrowsAsync<RatingsFileException>(() => RatingsCsv.ReadAsync(path, Columns, CancellationToken.None));

        Assert.Equal($"{path}: line 2: expected a 'label' value in field 3, but the line has only 2 field(s)", e.Message);
    }

    [Fact]
    public async Task Read_SameRaterSameItemTwice_NamesBothLines()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "item,rater,label\na,r1,x\na,r2,x\nb,r1,y\na,r1,y\n");

        var e = await Assert.ThrowsAsync<RatingsFileException>(() => RatingsCsv.ReadAsync(path, Columns, CancellationToken.None));

        Assert.Equal($"{path}: line 5: rater 'r1' rated item 'a' again; the first rating is on line 2", e.Message);
    }

    [Fact]
    public async Task Read_UnclosedQuote_IsAnErrorWithTheLine()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "item,rater,label\na,r1,x\nb,r1,\"y\n");

        var e = await Assert.ThrowsAsync<RatingsFileException>(() => RatingsCsv.ReadAsync(path, Columns, CancellationToken.None));

        Assert.StartsWith($"{path}: line 3: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EmptyFile_SaysTheHeaderIsMissing()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("ratings.csv", "");

        var e = await Assert.ThrowsAsync<RatingsFileException>(() => RatingsCsv.ReadAsync(path, Columns, CancellationToken.None));

        Assert.Equal($"{path}: line 1: expected a header with the item column 'item', but the file is empty", e.Message);
    }
}
