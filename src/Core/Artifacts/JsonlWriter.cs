using System.Buffers;
using System.Text.Json;

namespace ValueAtlas.Core.Artifacts;

/// <summary>
/// Writes records as JSON Lines: UTF-8 without BOM, one compact record per line, "\n" after
/// each, replacing the target atomically (see <see cref="AtomicFile"/>).
/// </summary>
public static class JsonlWriter
{
    private const int FlushThreshold = 1 << 16;

    /// <returns>The number of records written.</returns>
    public static Task<long> WriteAsync<T>(string path, IAsyncEnumerable<T> records, CancellationToken cancellationToken) =>
        WriteAsync(path, records, ArtifactJson.Options, cancellationToken);

    public static Task<long> WriteAsync<T>(string path, IEnumerable<T> records, CancellationToken cancellationToken) =>
        WriteAsync(path, records, ArtifactJson.Options, cancellationToken);

    public static async Task<long> WriteAsync<T>(
        string path, IAsyncEnumerable<T> records, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        long count = 0;
        await AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                var lines = new LineBuffer<T>(stream, options);
                await foreach (var record in records.WithCancellation(ct))
                {
                    await lines.AppendAsync(record, ct);
                }

                count = await lines.CompleteAsync(ct);
            },
            cancellationToken);
        return count;
    }

    public static async Task<long> WriteAsync<T>(
        string path, IEnumerable<T> records, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        long count = 0;
        await AtomicFile.WriteAsync(
            path,
            async (stream, ct) =>
            {
                var lines = new LineBuffer<T>(stream, options);
                foreach (var record in records)
                {
                    ct.ThrowIfCancellationRequested();
                    await lines.AppendAsync(record, ct);
                }

                count = await lines.CompleteAsync(ct);
            },
            cancellationToken);
        return count;
    }

    // Serialises into memory and writes in large chunks, so the file sees few, async writes.
    private sealed class LineBuffer<T>(Stream stream, JsonSerializerOptions options)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(FlushThreshold * 2);
        private Utf8JsonWriter? _writer;
        private long _count;

        public async ValueTask AppendAsync(T record, CancellationToken cancellationToken)
        {
            _writer ??= new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = options.Encoder });
            JsonSerializer.Serialize(_writer, record, options);
            _writer.Flush();
            _writer.Reset();
            _buffer.Write("\n"u8);
            _count++;
            if (_buffer.WrittenCount >= FlushThreshold)
            {
                await FlushAsync(cancellationToken);
            }
        }

        public async ValueTask<long> CompleteAsync(CancellationToken cancellationToken)
        {
            await FlushAsync(cancellationToken);
            if (_writer is not null)
            {
                await _writer.DisposeAsync();
            }

            return _count;
        }

        private async ValueTask FlushAsync(CancellationToken cancellationToken)
        {
            await stream.WriteAsync(_buffer.WrittenMemory, cancellationToken);
            _buffer.ResetWrittenCount();
        }
    }
}
