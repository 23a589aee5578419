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
            var levels = Array.Empty<byte>();
            if (column.Optional)
            {
                var definition = new int[end - first];
                for (var i = first; i < end; i++)
                {
                    definition[i - first] = data.IsNullAt(i) ? 0 : 1;
                }

                levels = RleHybridEncoder.Encode(definition, 1);
            }

            var nonNull = 0;
            for (var i = first; i < end; i++)
            {
                nonNull += data.IsNullAt(i) ? 0 : 1;
            }

            using var values = new MemoryStream();
            if (dictionary is null)
            {
                values.Write(PlainEncoder.Encode(data, first, end));
            }
            else
            {
                var bitWidth = RleHybridEncoder.BitWidth(dictionary.Values.Count - 1);
                values.WriteByte((byte)bitWidth);
                values.Write(RleHybridEncoder.Encode(dictionary.Indices.AsSpan(nonNullBefore, nonNull), bitWidth));
            }

            var page = new DataPage(end - first, nonNull, valueEncoding, levels, values.ToArray());
            uncompressedTotal += options.DataPageVersion == 2
                ? await WritePageV2Async(output, page, options, cancellationToken)
                : await WritePageAsync(output, PageType.DataPage, page.Rows, valueEncoding, page.V1Body(column.Optional), options, cancellationToken);
            nonNullBefore += nonNull;
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

    // In v2 only the values are compressed; the levels stay readable without decompressing and carry no length prefix.
    private static async Task<long> WritePageV2Async(Stream output, DataPage page, ParquetWriterOptions options, CancellationToken cancellationToken)
    {
        var compressed = PageCodec.Compress(options.Compression, page.Values);
        var header = new PageHeader(PageType.DataPageV2, page.Levels.Length + page.Values.Length, page.Levels.Length + compressed.Length)
        {
            NumValues = page.Rows,
            NumNulls = page.Rows - page.NonNull,
            NumRows = page.Rows,
            Encoding = page.Encoding,
            DefinitionLevelsByteLength = page.Levels.Length,
        };
        var w = new ThriftCompactWriter();
        header.Write(w);
        var headerBytes = w.ToArray();
        await output.WriteAsync(headerBytes, cancellationToken);
        await output.WriteAsync(page.Levels, cancellationToken);
        await output.WriteAsync(compressed, cancellationToken);
        return headerBytes.Length + header.UncompressedSize;
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
