using System.Runtime.CompilerServices;
using System.Text.Json;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Evaluation.Tables;

/// <summary>
/// A JSONL table (one object per line, UTF-8) in batches of rows: the columns are the keys in the order first seen
/// (TableSink and DuckDB write every key on every line, nulls included). Values keep their JSON type: strings, whole
/// numbers as long, other numbers as double, booleans.
/// </summary>
internal static class JsonlTable
{
    private const int BatchSize = 50_000;

    public static async IAsyncEnumerable<TableRows> ReadAsync(string path, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var text = CsvSource.Open(path, null, line => $"UTF-8 text on line {line}, but {CsvSource.NotUtf8Advice}");
        var names = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var batch = new List<(long, object?[])>();
        long number = 0;
        var any = false;
        while (await ReadLineAsync(text, cancellationToken).ConfigureAwait(false) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            batch.Add((number, Parse(path, number, line, names, index)));
            if (batch.Count == BatchSize)
            {
                // The batch sees the columns known so far; a later batch may know more, which earlier rows never had.
                yield return new RecordRows(path, [.. names], batch);
                batch = [];
                any = true;
            }
        }

        if (batch.Count > 0 || !any)
        {
            yield return new RecordRows(path, [.. names], batch);
        }
    }

    private static async Task<string?> ReadLineAsync(TextReader text, CancellationToken cancellationToken)
    {
        try
        {
            return await text.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (FileFormatException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static object?[] Parse(string path, long line, string text, List<string> names, Dictionary<string, int> index)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {line}: not JSON ({e.Message}); expected one object per line", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path}: line {line}: a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}; expected one object per line");
            }

            var cells = new object?[names.Count];
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!index.TryGetValue(property.Name, out var i))
                {
                    i = names.Count;
                    index[property.Name] = i;
                    names.Add(property.Name);
                }

                if (i >= cells.Length)
                {
                    Array.Resize(ref cells, names.Count);
                }

                cells[i] = Value(property.Value);
            }

            return cells;
        }
    }

    private static object? Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetInt64(out var whole) => whole,
        JsonValueKind.Number => value.GetDouble(),

        // An object or array is no table cell; the accessor that meets it says what it expected instead.
        _ => value.Clone(),
    };
}
