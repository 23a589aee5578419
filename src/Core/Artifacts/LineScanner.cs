using System.Runtime.CompilerServices;

namespace ValueAtlas.Core.Artifacts;

/// <summary>
/// Splits a file into lines at the byte level, before any decoding, so that byte offsets are
/// exact and one line with broken UTF-8 cannot spoil its neighbours.
/// </summary>
internal static class LineScanner
{
    private const int InitialBuffer = 1 << 16;

    public static async IAsyncEnumerable<RawLine> ReadAsync(
        string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(
            path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var buffer = new byte[InitialBuffer];
        int start = 0, end = 0;
        long bufferOffset = 0, number = 0;
        var eof = false;

        while (end < 3 && !eof)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
            eof = read == 0;
            end += read;
        }

        if (buffer.AsSpan(0, end).StartsWith("\uFEFF"u8))
        {
            start = 3;
        }

        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                yield return Line(++number, bufferOffset + start, buffer.AsMemory(start, newline));
                start += newline + 1;
                continue;
            }

            if (eof)
            {
                if (end > start)
                {
                    yield return Line(++number, bufferOffset + start, buffer.AsMemory(start, end - start));
                }

                yield break;
            }

            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                bufferOffset += start;
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var count = await stream.ReadAsync(buffer.AsMemory(end), cancellationToken);
            eof = count == 0;
            end += count;
        }
    }

    private static RawLine Line(long number, long offset, ReadOnlyMemory<byte> bytes) =>
        new(number, offset, bytes.Span.EndsWith((byte)'\r') ? bytes[..^1] : bytes);
}
