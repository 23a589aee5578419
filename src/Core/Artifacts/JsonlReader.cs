using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ValueAtlas.Core.Artifacts;

/// <summary>
/// Reads JSON Lines lazily. A bad line never throws and is never skipped: it comes back as a
/// record carrying a <see cref="JsonlError"/>, so one broken row cannot stop a stage and
/// cannot vanish either. Blank lines are skipped; a UTF-8 BOM and CRLF endings are accepted.
/// </summary>
public static class JsonlReader
{
    public static IAsyncEnumerable<JsonlRecord<T>> ReadAsync<T>(string path, CancellationToken cancellationToken) =>
        ReadAsync<T>(path, ArtifactJson.Options, cancellationToken);

    public static async IAsyncEnumerable<JsonlRecord<T>> ReadAsync<T>(
        string path, JsonSerializerOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in LineScanner.ReadAsync(path, cancellationToken))
        {
            if (line.Bytes.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            yield return Decode<T>(path, line, options);
        }
    }

    /// <summary>Reads the whole file, keeping good records and collecting bad lines for quarantine.</summary>
    public static Task<JsonlReadResult<T>> ReadAllAsync<T>(string path, CancellationToken cancellationToken) =>
        ReadAllAsync<T>(path, ArtifactJson.Options, cancellationToken);

    public static async Task<JsonlReadResult<T>> ReadAllAsync<T>(
        string path, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        var records = new List<T>();
        var errors = new List<JsonlError>();
        await foreach (var record in ReadAsync<T>(path, options, cancellationToken))
        {
            if (record.IsValid)
            {
                records.Add(record.Value);
            }
            else
            {
                errors.Add(record.Error);
            }
        }

        return new JsonlReadResult<T> { Records = records, Errors = errors };
    }

    private static JsonlRecord<T> Decode<T>(string path, RawLine line, JsonSerializerOptions options)
    {
        var bytes = line.Bytes.Span;
        var invalidAt = FirstInvalidUtf8(bytes);
        if (invalidAt >= 0)
        {
            return Failed<T>(path, line, $"invalid UTF-8 at byte {invalidAt} of the line");
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(bytes, options);
            return value is null
                ? Failed<T>(path, line, "the line is JSON null, not a record")
                : new JsonlRecord<T> { Line = line.Number, ByteOffset = line.ByteOffset, Value = value };
        }
        catch (JsonException e)
        {
            return Failed<T>(path, line, e.Message);
        }
    }

    private static JsonlRecord<T> Failed<T>(string path, RawLine line, string reason) => new()
    {
        Line = line.Number,
        ByteOffset = line.ByteOffset,
        Error = new JsonlError
        {
            File = path,
            Line = line.Number,
            ByteOffset = line.ByteOffset,
            Reason = reason,
            RawText = Encoding.UTF8.GetString(line.Bytes.Span),
        },
    };

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes))
        {
            return -1;
        }

        var position = 0;
        while (position < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[position..], out _, out var consumed) != OperationStatus.Done)
            {
                return position;
            }

            position += consumed;
        }

        return -1;
    }
}
