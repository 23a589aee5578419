using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Parquet;

public sealed class ParquetCorruptionTests
{
    [Fact]
    public async Task TruncatedFile_IsFileFormatException()
    {
        using var temp = new TempDirectory();
        var bytes = await ValidFileAsync(temp);
        var file = temp.File("cut.parquet");
        await File.WriteAllBytesAsync(file, bytes[..(bytes.Length / 2)]);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ParquetReader.OpenAsync(file, CancellationToken.None));

        Assert.Equal(file, error.File);
        Assert.Equal(bytes.Length / 2 - 4, error.Offset);
        Assert.Contains("PAR1", error.Message);
    }

    [Fact]
    public async Task FlippedMagic_IsFileFormatException()
    {
        using var temp = new TempDirectory();
        var bytes = await ValidFileAsync(temp);
        bytes[1] ^= 0xFF;
        var file = temp.File("magic.parquet");
        await File.WriteAllBytesAsync(file, bytes);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ParquetReader.OpenAsync(file, CancellationToken.None));

        Assert.Equal(0, error.Offset);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public async Task GarbageFooterLength_IsFileFormatException(int footerLength)
    {
        using var temp = new TempDirectory();
        var bytes = await ValidFileAsync(temp);
        BitConverter.GetBytes(footerLength).CopyTo(bytes, bytes.Length - 8);
        var file = temp.File("length.parquet");
        await File.WriteAllBytesAsync(file, bytes);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ParquetReader.OpenAsync(file, CancellationToken.None));

        Assert.Equal(bytes.Length - 8, error.Offset);
        Assert.Contains("footer length", error.Message);
    }

    [Fact]
    public async Task GarbageFooter_IsFileFormatException()
    {
        using var temp = new TempDirectory();
        var bytes = await ValidFileAsync(temp);
        var footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        new Random(7).NextBytes(bytes.AsSpan(bytes.Length - 8 - footerLength, footerLength));
        var file = temp.File("footer.parquet");
        await File.WriteAllBytesAsync(file, bytes);

        await Assert.ThrowsAsync<FileFormatException>(() => ParquetReader.OpenAsync(file, CancellationToken.None));
    }

    [Fact]
    public async Task TooSmallFile_IsFileFormatException()
    {
        using var temp = new TempDirectory();
        var file = temp.File("tiny.parquet");
        await File.WriteAllBytesAsync(file, "PAR1PAR1"u8.ToArray());

        await Assert.ThrowsAsync<FileFormatException>(() => ParquetReader.OpenAsync(file, CancellationToken.None));
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy)]
    [InlineData(ParquetCompression.Gzip)]
    public async Task CorruptCompressedPage_IsFileFormatException(ParquetCompression compression)
    {
        using var temp = new TempDirectory();
        var bytes = await ValidFileAsync(temp, compression, dictionary: false);
        var file = temp.File("page.parquet");
        await File.WriteAllBytesAsync(file, bytes);
        long start;
        long size;
        using (var reader = await ParquetReader.OpenAsync(file, CancellationToken.None))
        {
            size = reader.Info.RowGroups[0].Columns[1].CompressedSize;
            start = 4 + reader.Info.RowGroups[0].Columns[0].CompressedSize;
        }

        // Keep the page header (its first bytes) and scramble the compressed body of the 'name' column.
        new Random(3).NextBytes(bytes.AsSpan((int)(start + (size / 2)), (int)(size / 2)));
        await File.WriteAllBytesAsync(file, bytes);

        using var damaged = await ParquetReader.OpenAsync(file, CancellationToken.None);
        var error = await Assert.ThrowsAsync<FileFormatException>(() => damaged.ReadRowGroupAsync(0, CancellationToken.None));
        Assert.InRange(error.Offset, start, start + size);
    }

    [Theory]
    [InlineData(ParquetCompression.Snappy, true)]
    [InlineData(ParquetCompression.Gzip, false)]
    [InlineData(ParquetCompression.Zstd, true)]
    [InlineData(ParquetCompression.None, true)]
    public async Task RandomByteFlips_GiveDataOrFileFormatException_NeverAnotherException(ParquetCompression compression, bool dictionary)
    {
        using var temp = new TempDirectory();
        var original = await ValidFileAsync(temp, compression, dictionary);
        var file = temp.File("fuzz.parquet");
        var random = new Random(12345);
        for (var round = 0; round < 1000; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }

            await File.WriteAllBytesAsync(file, bytes);
            try
            {
                using var reader = await ParquetReader.OpenAsync(file, CancellationToken.None);
                await foreach (var group in reader.ReadRowGroupsAsync(CancellationToken.None))
                {
                    Assert.All(group, c => Assert.Equal(group[0].Count, c.Count));
                }
            }
            catch (FileFormatException)
            {
                // Expected for most damage.
            }
        }
    }

    private static async Task<byte[]> ValidFileAsync(TempDirectory temp, ParquetCompression compression = ParquetCompression.Snappy, bool dictionary = true)
    {
        var file = temp.File("valid.parquet");
        var options = new ParquetWriterOptions { Compression = compression, MaxDictionaryUniqueness = dictionary ? 0.5 : 0 };
        await ParquetWriter.WriteAsync(file, SampleTable.Schema, [SampleTable.Columns(200), SampleTable.Columns(30, 200)], options, CancellationToken.None);
        return await File.ReadAllBytesAsync(file);
    }
}
