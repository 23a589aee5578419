using System.Buffers.Binary;
using ValueAtlas.Formats.Parquet.Metadata;
using ValueAtlas.Formats.Parquet.Thrift;

namespace ValueAtlas.Formats.Parquet.Pages;

/// <summary>
/// Writes one column chunk: an optional dictionary page, then data pages (v1) of at most <see cref="PageRows"/> rows,
/// each with RLE definition levels when the column is optional.
/// </summary>
internal static class ColumnChunkWriter
{
    private const int PageRows = 64 * 1024;

    public static async Task<ColumnChunk> WriteAsync(
        Stream output, ParquetColumn column, ParquetColumnData data, ParquetWriterOptions options, CancellationToken cancellationToken)
    {
        var start = output.Position;
        long uncompressedTotal = 0;
        var dictionary = column.Type == ParquetType.String ? StringDictionary.TryBuild(data, options.MaxDictionarySize) : null;
        long? dictionaryOffset = null;
        if (dictionary is not null)
        {
            dictionaryOffset = output.Position;
            var body = PlainEncoder.EncodeStrings(dictionary.Values);
            uncompressedTotal += await WritePageAsync(output, PageType.DictionaryPage, dictionary.Values.Count, EncodingCode.Plain, body, options, cancellationToken);
        }

        var dataOffset = output.Position;
        var valueEncoding = dictionary is null ? EncodingCode.Plain : EncodingCode.RleDictionary;
        var nonNullBefore = 0;
        for (var first = 0; first < data.Count || first == 0; first += PageRows)
        {
            var end = Math.Min(data.Count, first + PageRows);
            using var body = new MemoryStream();
            if (column.Optional)
            {
                var levels = new int[end - first];
                for (var i = first; i < end; i++)
                {
                    levels[i - first] = data.IsNullAt(i) ? 0 : 1;
                }

                var encoded = RleHybridEncoder.Encode(levels, 1);
                var length = new byte[4];
                BinaryPrimitives.WriteInt32LittleEndian(length, encoded.Length);
                body.Write(length);
                body.Write(encoded);
            }

            var nonNull = 0;
            for (var i = first; i < end; i++)
            {
                nonNull += data.IsNullAt(i) ? 0 : 1;
            }

            if (dictionary is null)
            {
                body.Write(PlainEncoder.Encode(data, first, end));
            }
            else
            {
                var bitWidth = RleHybridEncoder.BitWidth(dictionary.Values.Count - 1);
                body.WriteByte((byte)bitWidth);
                body.Write(RleHybridEncoder.Encode(dictionary.Indices.AsSpan(nonNullBefore, nonNull), bitWidth));
            }

            nonNullBefore += nonNull;
            uncompressedTotal += await WritePageAsync(output, PageType.DataPage, end - first, valueEncoding, body.ToArray(), options, cancellationToken);
            if (end == data.Count)
            {
                break;
            }
        }

        int[] encodings = dictionary is null ? [EncodingCode.Plain, EncodingCode.Rle] : [EncodingCode.Plain, EncodingCode.Rle, EncodingCode.RleDictionary];
        var meta = new ColumnMetaData(
            SchemaMapping.PhysicalOf(column.Type),
            encodings,
            [column.Name],
            PageCodec.Code(options.Compression),
            data.Count,
            uncompressedTotal,
            output.Position - start,
            dataOffset,
            dictionaryOffset,
            ColumnStatistics.Compute(data));
        return new ColumnChunk(start, meta);
    }

    /// <summary>Returns the page's uncompressed size including its header, which is what total_uncompressed_size counts.</summary>
    private static async Task<long> WritePageAsync(
        Stream output, int pageType, int numValues, int encoding, byte[] body, ParquetWriterOptions options, CancellationToken cancellationToken)
    {
        var compressed = PageCodec.Compress(options.Compression, body);
        var header = new PageHeader(pageType, body.Length, compressed.Length) { NumValues = numValues, Encoding = encoding };
        var w = new ThriftCompactWriter();
        header.Write(w);
        var headerBytes = w.ToArray();
        await output.WriteAsync(headerBytes, cancellationToken);
        await output.WriteAsync(compressed, cancellationToken);
        return headerBytes.Length + body.Length;
    }
}
