using System.Text.Json;

namespace ValueAtlas.Cli.Commands;

/// <summary>Reads the whole prompt file before any call, so a bad line stops the run before it spends anything.</summary>
public static class BatchInput
{
    public static IReadOnlyList<BatchPrompt> Read(FileInfo file)
    {
        if (!file.Exists)
        {
            throw new UsageException($"{file.FullName}: no such prompt file");
        }

        var prompts = new List<BatchPrompt>();
        var errors = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(file.FullName))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var prompt = root.TryGetProperty("prompt", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : null;
                if (prompt is null)
                {
                    errors.Add($"{file.FullName}:{number}: expected an object with a string \"prompt\"");
                    continue;
                }

                var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : number.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (!ids.Add(id))
                {
                    errors.Add($"{file.FullName}:{number}: id \"{id}\" appears twice");
                    continue;
                }

                var system = root.TryGetProperty("system", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                prompts.Add(new BatchPrompt(id, prompt, system, number));
            }
            catch (JsonException e)
            {
                errors.Add($"{file.FullName}:{number}: not valid JSON (byte {e.BytePositionInLine + 1}): {e.Message}");
            }
        }

        return errors.Count == 0 ? prompts : throw new UsageException(string.Join(Environment.NewLine, errors));
    }
}
