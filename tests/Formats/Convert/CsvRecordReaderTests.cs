using System.Text;
using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Parquet;

namespace ValueAtlas.Formats.Tests.Convert;

/// <summary>The span tokenizer: RFC 4180 records wherever its buffer happens to end, and exact lines and byte offsets in errors.</summary>
public sealed class CsvRecordReaderTests
{
    // The reader's first buffer holds 65,536 characters.
    private const int Buffer = 1 << 16;

    private static readonly string[][] Tricky =
    [
        ["a", "b,c", "say \"hi\"\nthere", ""],
        ["", "x\r\ny", "\"", "end"],
        ["ab\rcd", "한국어", "\"\"", "z"],
    ];

    private const string TrickyText = "a,\"b,c\",\"say \"\"hi\"\"\nthere\",\r\n,\"x\r\ny\",\"\"\"\",end\nab\rcd,한국어,\"\"\"\"\"\",z";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(Buffer)]
    public void Records_AreTheSameHoweverTheTextArrives(int step)
    {
        var records = ReadAll(new TricklingReader(TrickyText, step));

        Assert.Equal(Tricky, records);
    }

    [Fact]
    public void QuotedFieldsAndCrlf_AcrossTheBufferEnd_ReadWhole()
    {
        // Shifting the tricky records across the end of the first buffer puts every quote, CR and LF on it in turn.
        for (var pad = Buffer - TrickyText.Length - 4; pad <= Buffer + 2; pad++)
        {
            var text = new string('p', pad) + "\n" + TrickyText;

            var records = ReadAll(new StringReader(text));

            string[][] expected = [[new string('p', pad)], .. Tricky];
            Assert.Equal(expected, records);
        }
    }

    [Fact]
    public void QuotesAndCarriageReturns_AtEveryPlaceInAWideLine_ReadAsTheyDoAlone()
    {
        // Plain fields are found several characters at a time; a quote or CR may fall anywhere among them.
        for (var pad = 0; pad < 40; pad++)
        {
            var plain = Enumerable.Range(0, pad).Select(i => (i % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var text = string.Concat(plain.Select(p => p + ",")) + TrickyText;

            var records = ReadAll(new StringReader(text));

            string[][] expected = [[.. plain, .. Tricky[0]], .. Tricky[1..]];
            Assert.Equal(expected, records);
        }
    }

    [Fact]
    public void RecordLongerThanTheBuffer_IsReadWhole()
    {
        var big = new string('가', 3 * Buffer);
        var records = ReadAll(new StringReader($"a,b\n\"{big}\",{big}\nc,d\n"));

        string[][] expected = [["a", "b"], [big, big], ["c", "d"]];
        Assert.Equal(expected, records);
    }

    [Fact]
    public void TextAfterAClosingQuote_AndLoneCarriageReturns_StayInTheField()
    {
        var records = ReadAll(new StringReader("\"ab\"cd,\"x\" \"y\",a\rb\r\n\n,\nlast"));

        string[][] expected = [["abcd", "x \"y\"", "a\rb"], [""], ["", ""], ["last"]];
        Assert.Equal(expected, records);
    }

    [Theory]
    [InlineData(null, 3)]
    [InlineData("cp949", 2)]
    public async Task WrongWidthFarIntoAFile_NamesItsLineAndByte(string? encoding, int bytesPerSyllable)
    {
        using var directory = new TempDirectory();

        // Three syllables a line, so characters and bytes part ways and the row falls in the third buffer.
        var lines = Enumerable.Range(0, 50_000).Select(i => $"가나다,{i % 10}").ToList();
        var text = "name,code\n" + string.Join('\n', lines) + "\nshort\n";
        var csv = directory.File("k.csv");
        await File.WriteAllBytesAsync(csv, Encode(text, encoding));

        var error = await Assert.ThrowsAsync<FileFormatException>(() =>
            CsvToParquet.WriteAsync(csv, directory.File("k.parquet"), new ParquetWriterOptions(), 100_000, Encoding(encoding), null, CancellationToken.None));

        Assert.Equal(10 + (50_000 * ((3 * bytesPerSyllable) + 3)), error.Offset);
        Assert.Contains("2 fields on line 50002 (as in the header), found 1", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(directory.File("k.parquet")));
    }

    [Fact]
    public async Task UnterminatedQuoteAfterMultiByteText_NamesTheLineAndByteItOpenedOn()
    {
        using var directory = new TempDirectory();
        var text = "a,b\n" + string.Concat(Enumerable.Repeat("한국,\"어\"\n", 40_000)) + "x,\"open\nmore\n";
        var csv = directory.Write("q.csv", text);

        var error = await Assert.ThrowsAsync<FileFormatException>(() =>
            CsvToParquet.WriteAsync(csv, directory.File("q.parquet"), new ParquetWriterOptions(), 100_000, null, null, CancellationToken.None));

        Assert.Equal(4 + (40_000 * 13), error.Offset);
        Assert.Contains("the field opened on line 40002, but the file ends", error.Message, StringComparison.Ordinal);
    }

    private static List<string[]> ReadAll(TextReader text)
    {
        var reader = new CsvRecordReader(text, "t.csv");
        var records = new List<string[]>();
        while (reader.Read() is { } record)
        {
            records.Add([.. record]);
        }

        return records;
    }

    private static Encoding? Encoding(string? name) => name is null ? null : CsvSource.EncodingNamed(name);

    private static byte[] Encode(string text, string? name) => (Encoding(name) ?? new UTF8Encoding(false)).GetBytes(text);
}
