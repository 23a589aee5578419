using System.Text;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Formats.Tests.Spss;

/// <summary>Damaged files must fail with FileFormatException naming file and offset, never hang or throw anything else.</summary>
public sealed class SpssCorruptionTests
{
    [Theory]
    [InlineData("unc.sav")]
    [InlineData("cmp.sav")]
    [InlineData("z.zsav")]
    public void TruncatedAnywhere_ReadingAndCountingFailAlikeNamingTheOffset(string name)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var bytes = File.ReadAllBytes(directory.File(name));
        var damaged = directory.File("damaged-" + name);

        for (var length = 0; length < bytes.Length; length++)
        {
            File.WriteAllBytes(damaged, bytes[..length]);
            var error = Assert.Throws<FileFormatException>(() => ReadAll(damaged));
            Assert.Equal(damaged, error.File);
            Assert.InRange(error.Offset, 0, length);

            // inspect counts cases without decoding them; it must fail exactly where reading fails.
            var counting = Assert.Throws<FileFormatException>(() => Count(damaged));
            Assert.Equal(error.Message, counting.Message);
        }
    }

    [Fact]
    public void FlippedMagic_ThrowsAtOffsetZero()
    {
        var error = Assert.Throws<FileFormatException>(() => ReadDamaged("cmp.sav", bytes => bytes[1] ^= 0xff));

        Assert.Equal(0, error.Offset);
        Assert.Contains("$FL2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ImpossibleRecordType_ThrowsAtTheRecord()
    {
        // The header is 176 bytes; the first record type follows it.
        var error = Assert.Throws<FileFormatException>(() => ReadDamaged("unc.sav", bytes => BitConverter.GetBytes(5).CopyTo(bytes, 176)));

        Assert.Equal(176, error.Offset);
        Assert.Contains("record type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadLayoutCode_Throws()
    {
        var error = Assert.Throws<FileFormatException>(() => ReadDamaged("unc.sav", bytes => BitConverter.GetBytes(77).CopyTo(bytes, 64)));

        Assert.Equal(64, error.Offset);
    }

    [Fact]
    public void UnknownEncoding_Throws()
    {
        var error = Assert.Throws<FileFormatException>(() => ReadDamaged("cmp.sav", bytes =>
        {
            var at = bytes.AsSpan().IndexOf("UTF-8"u8);
            Assert.True(at > 0);
            "QTF-8"u8.CopyTo(bytes.AsSpan(at));
        }));

        Assert.Contains("QTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GarbageZlibBlock_Throws()
    {
        var error = Assert.Throws<FileFormatException>(() => ReadDamaged("z.zsav", bytes =>
        {
            var header = FindZlibHeader(bytes);
            for (var i = header + 24; i < header + 40; i++)
            {
                bytes[i] = 0x5a;
            }
        }));

        Assert.Contains("zlib", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unc.sav")]
    [InlineData("cmp.sav")]
    [InlineData("z.zsav")]
    public void RandomByteDamage_ReadsOrThrowsFileFormatException(string name)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var original = File.ReadAllBytes(directory.File(name));
        var damaged = directory.File("damaged-" + name);
        var random = new Random(20261123);

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
            }
            catch (FileFormatException)
            {
                // Expected for most damage; some flips land in text or values and still read.
            }
        }
    }

    private static FileFormatException? ReadDamaged(string name, Action<byte[]> damage)
    {
        using var directory = new TempDirectory();
        SpssTools.Pspp(directory, SpssFixtures.Survey());
        var bytes = File.ReadAllBytes(directory.File(name));
        damage(bytes);
        var damaged = directory.File("damaged-" + name);
        File.WriteAllBytes(damaged, bytes);
        ReadAll(damaged);
        return null;
    }

    private static long Count(string path)
    {
        using var reader = SpssReader.Open(path);
        return reader.CountCases(CancellationToken.None);
    }

    private static void ReadAll(string path)
    {
        using var reader = SpssReader.Open(path);
        foreach (var item in reader.ReadCases())
        {
            Assert.NotNull(item);
        }
    }

    // The zlib header's first field is its own offset, which finds it without parsing the dictionary.
    private static int FindZlibHeader(byte[] bytes)
    {
        for (var at = 176; at + 24 <= bytes.Length; at += 4)
        {
            if (BitConverter.ToInt64(bytes, at) == at)
            {
                return at;
            }
        }

        throw new InvalidOperationException("no zlib header: " + Encoding.ASCII.GetString(bytes, 0, 4));
    }
}
