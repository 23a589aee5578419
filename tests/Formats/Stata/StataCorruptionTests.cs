using System.Buffers.Binary;
using System.Text;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Formats.Tests.Stata;

/// <summary>Damaged files must fail with FileFormatException naming file and offset, never hang or throw anything else.</summary>
public sealed class StataCorruptionTests(PandasFiles files) : IClassFixture<PandasFiles>
{
    [Theory]
    [InlineData("p117be.dta")]
    [InlineData("p118le.dta")]
    [InlineData("p119le.dta")]
    [InlineData("p118ch.dta")]
    public void TruncatedAnywhere_ReadingAndCountingFailAlikeNamingTheOffset(string name)
    {
        var bytes = File.ReadAllBytes(files.File(name));
        var damaged = files.File("truncated-" + name);

        for (var length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(damaged, bytes[..length]);
            var error = Assert.Throws<FileFormatException>(() => ReadAll(damaged));
            Assert.Equal(damaged, error.File);
            Assert.InRange(error.Offset, 0, length);
            Assert.StartsWith($"{damaged}: at byte {error.Offset}: ", error.Message, StringComparison.Ordinal);

            var counting = Assert.Throws<FileFormatException>(() => Count(damaged));
            Assert.Equal(error.Message, counting.Message);
        }
    }

    [Fact]
    public void FlippedMagic_ThrowsAtOffsetZero()
    {
        var error = Damaged("p118le.dta", bytes => bytes[1] ^= 0xff);

        Assert.Equal(0, error.Offset);
        Assert.Contains("<stata_dta>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OlderRelease_IsNamed()
    {
        // Releases before 117 start with their number as a byte: 114 is Stata 10's.
        var error = Damaged("p118le.dta", bytes => bytes[0] = 114);

        Assert.Equal(0, error.Offset);
        Assert.Contains("release 114", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownRelease_ThrowsAtTheRelease()
    {
        var at = 0;
        var error = Damaged("p118le.dta", bytes => "120"u8.CopyTo(bytes.AsSpan(at = Find(bytes, "118"))));

        Assert.Equal(at, error.Offset);
        Assert.Contains("\"120\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownByteOrder_ThrowsAtTheByteOrder()
    {
        var at = 0;
        var error = Damaged("p118le.dta", bytes => "XSF"u8.CopyTo(bytes.AsSpan(at = Find(bytes, "LSF"))));

        Assert.Equal(at, error.Offset);
        Assert.Contains("MSF or LSF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownVariableType_ThrowsAtTheType()
    {
        var at = 0;
        var error = Damaged("p118le.dta", bytes => BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at = Find(bytes, "<variable_types>") + 16 + 2), 3000));

        Assert.Equal(at, error.Offset);
        Assert.Contains("found 3000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MapOffsetPastTheEnd_ThrowsAtTheMapEntry()
    {
        // The tenth map entry is where <data> starts.
        var at = 0;
        var error = Damaged("p118be.dta", bytes => BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(at = Find(bytes, "<map>") + 5 + (8 * 9)), 1UL << 40));

        Assert.Equal(at, error.Offset);
        Assert.Contains("<data>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongTag_ThrowsAtTheTag()
    {
        var at = 0;
        var error = Damaged("p118le.dta", bytes => "<dada>"u8.CopyTo(bytes.AsSpan(at = Find(bytes, "<data>"))));

        Assert.Equal(at, error.Offset);
        Assert.Contains("<data>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GsoLongerThanItsSection_ThrowsAtItsLength()
    {
        // A GSO header is "GSO", v (4 bytes), o (8 in 118), type (1), then the 4-byte length.
        var at = 0;
        var error = Damaged("p118le.dta", bytes => BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at = Find(bytes, "GSO") + 16), 1 << 20));

        Assert.Equal(at, error.Offset);
    }

    [Fact]
    public void CharacteristicLongerThanTheFile_ThrowsAtItsContent()
    {
        // The 4-byte length follows <ch>; the content it claims would start after it.
        var at = 0;
        var error = Damaged("p118ch.dta", bytes => BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at = Find(bytes, "<ch>") + 4), 1 << 30));

        Assert.Equal(at + 4, error.Offset);
        Assert.Contains("characteristic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValueLabelTableWithWrongCount_Throws()
    {
        // <lbl>, the 4-byte table length, the 129-byte name and 3 padding bytes come before n.
        var error = Damaged("p118le.dta", bytes => BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(Find(bytes, "<lbl>") + 5 + 4 + 129 + 3), 7));

        Assert.Contains("n = 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StrLReferenceToNoGso_FailsReadingAndCountingAtTheValue()
    {
        // essay, the strL, is the last variable: its (v,o) are an observation's last 8 bytes.
        var name = "p118le.dta";
        var bytes = File.ReadAllBytes(files.File(name));
        var record = (Find(bytes, "</data>") - (Find(bytes, "<data>") + 6)) / 5;
        var at = Find(bytes, "<data>") + 6 + record - 8;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(at), (999UL << 16) | 7);
        var damaged = files.File("strl-" + name);
        File.WriteAllBytes(damaged, bytes);

        var reading = Assert.Throws<FileFormatException>(() => ReadAll(damaged));
        var counting = Assert.Throws<FileFormatException>(() => Count(damaged));

        Assert.Equal(at, reading.Offset);
        Assert.Contains("(7,999)", reading.Message, StringComparison.Ordinal);
        Assert.Equal(reading.Message, counting.Message);
    }

    [Theory]
    [InlineData("p117le.dta")]
    [InlineData("p118be.dta")]
    [InlineData("p119le.dta")]
    [InlineData("p118ch.dta")]
    public void RandomByteDamage_ReadsOrThrowsFileFormatException(string name)
    {
        var original = File.ReadAllBytes(files.File(name));
        var damaged = files.File("random-" + name);
        var random = new Random(20261202);

        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var flips = random.Next(1, 4); flips > 0; flips--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            File.WriteAllBytes(damaged, bytes);
            try
            {
                ReadAll(damaged);
                Count(damaged);
            }
            catch (FileFormatException e)
            {
                // Expected for most damage; flips in values and text still read.
                Assert.Equal(damaged, e.File);
            }
        }
    }

    private FileFormatException Damaged(string name, Action<byte[]> damage)
    {
        var bytes = File.ReadAllBytes(files.File(name));
        damage(bytes);
        var damaged = files.File("damaged-" + name);
        File.WriteAllBytes(damaged, bytes);
        var error = Assert.Throws<FileFormatException>(() => ReadAll(damaged));
        Assert.Equal(damaged, error.File);
        return error;
    }

    private static int Find(byte[] bytes, string text)
    {
        var at = bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text));
        Assert.True(at >= 0, text);
        return at;
    }

    private static long Count(string path)
    {
        using var reader = StataReader.Open(path);
        return reader.CountObservations(CancellationToken.None);
    }

    private static void ReadAll(string path)
    {
        using var reader = StataReader.Open(path);
        foreach (var observation in reader.ReadObservations())
        {
            Assert.NotNull(observation);
        }
    }
}
