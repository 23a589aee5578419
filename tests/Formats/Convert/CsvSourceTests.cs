using System.Text;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Formats.Tests.Convert;

/// <summary>CSV text decoding: UTF-8 checked byte by byte, legacy Korean files read by name, duplicate headers refused.</summary>
public sealed class CsvSourceTests
{
    private const string Korean = "이름,나이,지역\n김민수,34,서울\n이영희,29,\"부산, 해운대\"\n";

    [Fact]
    public async Task Cp949File_IsRefusedAtItsFirstByteWithTheSaveAsUtf8Advice()
    {
        using var directory = new TempDirectory();
        var cp949 = await Iconv(directory, "k.csv", Korean);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(cp949, null));

        Assert.Equal(cp949, error.File);
        Assert.Equal(0, error.Offset);
        Assert.Contains("on line 1, but the file is not UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it as \"CSV UTF-8 (쉼표로 분리)\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("--encoding cp949", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cp949AfterAsciiLines_NamesTheLineAndByte()
    {
        using var directory = new TempDirectory();

        // Line 4 is the second line of a quoted field: the line an editor shows, not the record number.
        var cp949 = await Iconv(directory, "k.csv", "id,name\n1,abc\n2,\"x\ny\"\n3,김민수\n");

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(cp949, null));

        Assert.Equal(24, error.Offset);
        Assert.Contains("on line 5,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cp949")]
    [InlineData("euc-kr")]
    public async Task NamedLegacyEncoding_ReadsLikeTheUtf8File(string name)
    {
        using var directory = new TempDirectory();
        directory.Write("u.csv", Korean);
        var cp949 = await Iconv(directory, "k.csv", Korean);

        var legacy = await ToCsv(cp949, CsvSource.EncodingNamed(name));

        Assert.Equal(Korean, legacy);
        Assert.Equal(await ToCsv(directory.File("u.csv"), null), legacy);
    }

    [Fact]
    public async Task Cp949RowWithTooFewFields_NamesItsByteInTheFile()
    {
        using var directory = new TempDirectory();
        var cp949 = await Iconv(directory, "k.csv", "이름,나이\n김민수,34\n이영희\n");

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(cp949, CsvSource.EncodingNamed("cp949")));

        // Each syllable is two bytes in CP949: "이름,나이\n" is 10 bytes and "김민수,34\n" 10 more.
        Assert.Equal(20, error.Offset);
        Assert.Contains("on line 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Utf8FileNamedCp949_IsRefusedNotGarbled()
    {
        using var directory = new TempDirectory();

        // UTF-8 Hangul read as CP949 hits byte pairs that are no CP949 character.
        directory.Write("u.csv", "a\n가나다라마바사\n");

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(directory.File("u.csv"), CsvSource.EncodingNamed("cp949")));

        Assert.Contains("ks_c_5601-1987 text on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CharacterAcrossReadBuffers_IsValidAndBadByteFarIn_IsExact()
    {
        using var directory = new TempDirectory();

        // 65,535 ASCII bytes put the next 3-byte syllable across the 64 KB read boundary.
        var text = "a\n" + new string('x', 65_533) + "가\n";
        directory.Write("ok.csv", text);
        byte[] bytes = [.. Encoding.UTF8.GetBytes(text), (byte)'b', 0xFC, (byte)'\n'];
        var bad = directory.File("bad.csv");
        await File.WriteAllBytesAsync(bad, bytes);

        Assert.Equal(text, await ToCsv(directory.File("ok.csv"), null));
        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(bad, null));
        Assert.Equal(bytes.Length - 2, error.Offset);
        Assert.Contains("on line 3,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CharacterCutByTheReadBoundaryAndBrokenAfterIt_IsRefusedAtItsLeadByte()
    {
        using var directory = new TempDirectory();

        // The lead byte of a 3-byte syllable ends the first 64 KB read; the next read starts with 'A', not its continuation.
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a\n" + new string('x', 65_533)), 0xEA, (byte)'A', (byte)'\n'];
        var bad = directory.File("bad.csv");
        await File.WriteAllBytesAsync(bad, bytes);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(bad, null));

        Assert.Equal(65_535, error.Offset);
        Assert.Contains("on line 2,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileEndingInsideACharacter_IsRefused()
    {
        using var directory = new TempDirectory();
        var bytes = Encoding.UTF8.GetBytes("a\n가")[..^1];
        await File.WriteAllBytesAsync(directory.File("cut.csv"), bytes);

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(directory.File("cut.csv"), null));

        Assert.Equal(2, error.Offset);
    }

    [Fact]
    public async Task Utf16WithByteOrderMark_StillReads()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("w.csv"), Korean, Encoding.Unicode);

        Assert.Equal(Korean, await ToCsv(directory.File("w.csv"), null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("utf-8")]
    public async Task Utf8ByteOrderMark_IsNotPartOfTheFirstName(string? name)
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("bom.csv"), Korean, new UTF8Encoding(true));

        Assert.Equal(Korean, await ToCsv(directory.File("bom.csv"), name is null ? null : CsvSource.EncodingNamed(name)));
    }

    [Fact]
    public async Task DuplicateHeader_NamesTheColumnAndBothPositions()
    {
        using var directory = new TempDirectory();
        directory.Write("d.csv", "id,이름,나이,이름\n1,a,2,b\n");

        var error = await Assert.ThrowsAsync<FileFormatException>(() => ToCsv(directory.File("d.csv"), null));

        Assert.Equal(directory.File("d.csv"), error.File);
        Assert.Contains("\"이름\" names both column 2 and column 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownEncodingName_IsNull()
    {
        Assert.Null(CsvSource.EncodingNamed("latin1"));
        Assert.Equal(949, CsvSource.EncodingNamed(" CP949 ")!.CodePage);
    }

    private static async Task<string> Iconv(TempDirectory directory, string name, string utf8)
    {
        directory.Write(name + ".utf8", utf8);
        await ExternalTool.RunAsync("iconv", directory.Path, "-f", "UTF-8", "-t", "CP949", "-o", name, name + ".utf8");
        return directory.File(name);
    }

    private static async Task<string> ToCsv(string csv, Encoding? encoding)
    {
        using var output = new MemoryStream();
        await CsvToText.WriteAsync(csv, output, jsonl: false, encoding, missing: null, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
