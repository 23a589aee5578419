using System.Buffers.Binary;
using ValueAtlas.Formats.Parquet.Metadata;
using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>
/// Decodes the pages of one flat column chunk (dictionary, data v1, data v2) into a <see cref="ParquetColumnData"/>.
/// Any decoding failure becomes a <see cref="FileFormatException"/> at the offset of the page that caused it.
/// </summary>
internal sealed class ColumnChunkReader
{
    // Larger pages are possible in theory but in practice mean a corrupt header that would make us allocate gigabytes.
    private const int MaxPageSize = 1 << 30;

    private readonly string _file;
    private readonly byte[] _chunk;
    private readonly long _chunkOffset;
    private readonly ColumnMetaData _meta;
    private readonly ParquetColumn _column;
    private readonly int _timeUnit;
    private readonly Array _values;
    private readonly bool[] _isNull;
    private Array? _dictionary;
    private int _rowsDone;

    public ColumnChunkReader(string file, byte[] chunk, long chunkOffset, ColumnMetaData meta, ParquetColumn column, int timeUnit, int rows)
    {
        _file = file;
        _chunk = chunk;
        _chunkOffset = chunkOffset;
        _meta = meta;
        _column = column;
        _timeUnit = timeUnit;
        _values = ColumnArrays.Create(column.Type, rows);
        _isNull = new bool[rows];
    }

    public ParquetColumnData Read()
    {
        var position = 0;
        while (_rowsDone < _values.Length)
        {
            if (position >= _chunk.Length)
            {
                throw new FileFormatException(_file, _chunkOffset + position, $"more pages for column '{_column.Name}' ({_rowsDone} of {_values.Length} values read)");
            }

            var headerReader = new ThriftCompactReader(_chunk, position, _chunk.Length, _file, _chunkOffset + position);
            var header = PageHeader.Read(headerReader);
            var bodyStart = headerReader.Position;
            if (header.CompressedSize > _chunk.Length - bodyStart || header.UncompressedSize > MaxPageSize)
            {
                throw new FileFormatException(_file, _chunkOffset + position, $"a page of {header.CompressedSize} bytes within column chunk '{_column.Name}'");
            }

            try
            {
                DecodePage(header, _chunk.AsSpan(bodyStart, header.CompressedSize));
            }
            catch (Exception e) when (e is not FileFormatException and not OperationCanceledException)
            {
                throw new FileFormatException(_file, _chunkOffset + position, $"a valid page of column '{_column.Name}': {e.Message}", e);
            }

            position = bodyStart + header.CompressedSize;
        }

        var anyNull = Array.IndexOf(_isNull, true) >= 0;
        return new ParquetColumnData(_values, anyNull ? _isNull : null);
    }

    private void DecodePage(PageHeader header, ReadOnlySpan<byte> body)
    {
        switch (header.Type)
        {
            case PageType.DictionaryPage:
                var plain = PageCodec.Decompress(_meta.Codec, body, header.UncompressedSize);
                _dictionary = PlainDecoder.Decode(_column.Type, _timeUnit, plain, CheckCount(header.NumValues, int.MaxValue));
                break;
            case PageType.DataPage:
                var page = PageCodec.Decompress(_meta.Codec, body, header.UncompressedSize);
                var rows = CheckCount(header.NumValues, _values.Length - _rowsDone);
                var levels = Array.Empty<int>();
                var valuesStart = 0;
                if (_column.Optional)
                {
                    if (page.Length < 4)
                    {
                        throw new InvalidDataException("a definition level length");
                    }

                    var length = BinaryPrimitives.ReadInt32LittleEndian(page);
                    if (length < 0 || length > page.Length - 4)
                    {
                        throw new InvalidDataException($"definition levels of {length} bytes within the page");
                    }

                    levels = new int[rows];
                    RleHybridDecoder.Decode(page.AsSpan(4, length), 1, levels);
                    valuesStart = 4 + length;
                }

                Store(header.Encoding, page.AsSpan(valuesStart), rows, levels);
                break;
            case PageType.DataPageV2:
                DecodePageV2(header, body);
                break;
            default:
                // Index pages and kinds from newer writers carry nothing we need.
                break;
        }
    }

    private void DecodePageV2(PageHeader header, ReadOnlySpan<byte> body)
    {
        var rows = CheckCount(header.NumValues, _values.Length - _rowsDone);
        var levelBytes = (long)header.DefinitionLevelsByteLength + header.RepetitionLevelsByteLength;
        if (header.DefinitionLevelsByteLength < 0 || header.RepetitionLevelsByteLength < 0 || levelBytes > body.Length)
        {
            throw new InvalidDataException("level lengths within the page");
        }

        if (header.RepetitionLevelsByteLength > 0)
        {
            throw new InvalidDataException("no repetition levels in a flat column");
        }

        var levels = Array.Empty<int>();
        if (_column.Optional)
        {
            levels = new int[rows];
            RleHybridDecoder.Decode(body.Slice(0, header.DefinitionLevelsByteLength), 1, levels);
        }

        var compressedValues = body[(int)levelBytes..];
        var values = header.IsCompressed
            ? PageCodec.Decompress(_meta.Codec, compressedValues, header.UncompressedSize - (int)levelBytes)
            : compressedValues.ToArray();
        Store(header.Encoding, values, rows, levels);
    }

    private void Store(int encoding, ReadOnlySpan<byte> data, int rows, int[] levels)
    {
        var nonNull = levels.Length == 0 ? rows : levels.Count(l => l != 0);
        Array values;
        switch (encoding)
        {
            case EncodingCode.Plain:
                values = PlainDecoder.Decode(_column.Type, _timeUnit, data, nonNull);
                break;
            case EncodingCode.RleDictionary or EncodingCode.PlainDictionary:
                if (_dictionary is null)
                {
                    throw new InvalidDataException("a dictionary page before a dictionary-encoded page");
                }

                var indices = new int[nonNull];
                if (nonNull > 0)
                {
                    if (data.IsEmpty)
                    {
                        throw new InvalidDataException("a bit width byte");
                    }

                    RleHybridDecoder.Decode(data[1..], data[0], indices);
                }

                values = ColumnArrays.Gather(_dictionary, indices);
                break;
            case EncodingCode.ByteStreamSplit when _column.Type is not (ParquetType.String or ParquetType.Boolean):
                values = PlainDecoder.Decode(_column.Type, _timeUnit, Unsplit(data, nonNull), nonNull);
                break;
            case EncodingCode.Rle when _column.Type == ParquetType.Boolean:
                // Booleans as RLE (written by some v2 writers) carry a 4-byte length prefix like v1 levels.
                var bits = new int[nonNull];
                if (nonNull > 0)
                {
                    if (data.Length < 4)
                    {
                        throw new InvalidDataException("an RLE length");
                    }

                    RleHybridDecoder.Decode(data[4..], 1, bits);
                }

                values = bits.Select(b => b != 0).ToArray();
                break;
            default:
                throw new InvalidDataException($"a supported encoding (PLAIN, RLE_DICTIONARY, PLAIN_DICTIONARY, BYTE_STREAM_SPLIT), not {EncodingCode.Name(encoding)}");
        }

        ColumnArrays.Place(values, _values, levels, _rowsDone);
        for (var i = 0; i < levels.Length; i++)
        {
            _isNull[_rowsDone + i] = levels[i] == 0;
        }

        _rowsDone += rows;
    }

    // BYTE_STREAM_SPLIT stores byte k of every value in stream k; interleaving the streams again gives PLAIN layout.
    private byte[] Unsplit(ReadOnlySpan<byte> data, int count)
    {
        var width = _column.Type is ParquetType.Int32 or ParquetType.Date ? 4 : 8;
        if ((long)width * count > data.Length)
        {
            throw new InvalidDataException($"{count} BYTE_STREAM_SPLIT values within the page");
        }

        var plain = new byte[width * count];
        for (var k = 0; k < width; k++)
        {
            for (var i = 0; i < count; i++)
            {
                plain[(i * width) + k] = data[(k * count) + i];
            }
        }

        return plain;
    }

    private static int CheckCount(int count, int max) =>
        count >= 0 && count <= max ? count : throw new InvalidDataException($"a value count from 0 to {max}, not {count}");
}
