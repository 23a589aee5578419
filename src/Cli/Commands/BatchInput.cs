using System.Globalization;
using ValueAtlas.Core.Artifacts;

namespace ValueAtlas.Cli.Commands;

/// <summary>Reads the whole prompt file before any call, so a bad line stops the run before it spends anything.</summary>
public static class BatchInput
{
    public static async Task<IReadOnlyList<BatchPrompt>> ReadAsync(FileInfo file, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            throw new UsageException($"{file.FullName}: no such prompt file");
        }

        var prompts = new List<BatchPrompt>();
        var errors = new List<(string Where, string Problem)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var lines = 0;
        await foreach (var record in JsonlReader.ReadAsync<BatchLine>(file.FullName, cancellationToken).ConfigureAwait(false))
        {
            lines++;
            if (record.Error is { } error)
            {
                errors.Add(($"{error.File}:{error.Line}", BadLines.Plain(error.Reason)));
                continue;
            }

            var line = record.Value!;
            var id = line.Id ?? record.Line.ToString(CultureInfo.InvariantCulture);
            if (!ids.Add(id))
            {
                errors.Add(($"{file.FullName}:{record.Line}", $"id \"{id}\" appears twice"));
                continue;
            }

            prompts.Add(new BatchPrompt(id, line.Prompt, line.System));
        }

        return errors.Count == 0 ? prompts : throw new UsageException(BadLines.Describe(errors, lines, "a prompt ({\"id\", \"prompt\"})"));
    }
}
