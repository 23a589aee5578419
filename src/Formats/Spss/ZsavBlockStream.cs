using System.IO.Compression;

namespace ValueAtlas.Formats.Spss;

/// <summary>
/// The bytecode stream of a .zsav file: reads the zlib header and trailer, then inflates one block at a time so memory
/// stays at one block (about 1 MB) however many cases there are.
/// </summary>
internal sealed class ZsavBlockStream : ReadOnlyForwardStream
{
    private readonly SpssInput _input;
    private readonly List<(long CompressedOffset, int UncompressedSize, int CompressedSize)> _blocks = [];
    private int _blockIndex;
    private byte[] _block = [];
    private int _blockPosition;

    public ZsavBlockStream(SpssInput input)
    {
        _input = input;
        var headerAt = input.Position;
        var headerOffset = input.ReadInt64("the zlib header offset");
        var trailerOffset = input.ReadInt64("the zlib trailer offset");
        var trailerLength = input.ReadInt64("the zlib trailer length");
        var fileLength = input.Stream.Length;
        if (headerOffset != headerAt || trailerOffset < input.Position || trailerLength < 24 || trailerOffset + trailerLength > fileLength)
        {
            throw input.Error(headerAt, "a zlib header whose offsets point inside the file");
        }

        input.Stream.Seek(trailerOffset, SeekOrigin.Begin);
        input.ReadInt64("the zlib trailer bias");
        input.ReadInt64("the zlib trailer zero");
        var blockSizeAt = input.Position;
        var blockSize = input.ReadInt32("the zlib block size");
        // A block is inflated whole, so a damaged size must not become a huge allocation.
        if (blockSize is <= 0 or > 1 << 26)
        {
            throw input.Error(blockSizeAt, $"a zlib block size between 1 byte and 64 MB, not {blockSize}");
        }

        var countAt = input.Position;
        var count = input.ReadInt32("the zlib block count");
        if (count < 0 || 24 + (24L * count) != trailerLength)
        {
            throw input.Error(countAt, $"a zlib block count matching the trailer length {trailerLength}, not {count}");
        }

        var expectedOffset = headerAt + 24;
        for (var i = 0; i < count; i++)
        {
            var entryAt = input.Position;
            input.ReadInt64("a block's uncompressed offset");
            var compressedOffset = input.ReadInt64("a block's compressed offset");
            var uncompressedSize = input.ReadInt32("a block's uncompressed size");
            var compressedSize = input.ReadInt32("a block's compressed size");
            if (compressedOffset != expectedOffset || compressedSize < 0 || uncompressedSize < 0 || uncompressedSize > blockSize || compressedOffset + compressedSize > trailerOffset)
            {
                throw input.Error(entryAt, $"zlib block {i} to follow the previous block inside the data");
            }

            expectedOffset += compressedSize;
            _blocks.Add((compressedOffset, uncompressedSize, compressedSize));
        }
    }

    public long Offset => _blockIndex == 0 ? _input.Position : _blocks[_blockIndex - 1].CompressedOffset;

    public override int Read(Span<byte> buffer)
    {
        while (_blockPosition == _block.Length)
        {
            if (_blockIndex == _blocks.Count)
            {
                return 0;
            }

            _block = Inflate(_blocks[_blockIndex++]);
            _blockPosition = 0;
        }

        var count = Math.Min(buffer.Length, _block.Length - _blockPosition);
        _block.AsSpan(_blockPosition, count).CopyTo(buffer);
        _blockPosition += count;
        return count;
    }

    private byte[] Inflate((long CompressedOffset, int UncompressedSize, int CompressedSize) block)
    {
        _input.Stream.Seek(block.CompressedOffset, SeekOrigin.Begin);
        var compressed = _input.ReadBytes(block.CompressedSize, "a zlib block");
        var inflated = new byte[block.UncompressedSize];
        int read;
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
            read = zlib.ReadAtLeast(inflated, inflated.Length, throwOnEndOfStream: false);
            if (read == inflated.Length && zlib.ReadByte() != -1)
            {
                read = -1;
            }
        }
        catch (InvalidDataException e)
        {
            throw _input.Error(block.CompressedOffset, "a valid zlib block", e);
        }

        return read == inflated.Length
            ? inflated
            : throw _input.Error(block.CompressedOffset, $"a zlib block that inflates to {block.UncompressedSize} bytes");
    }
}
