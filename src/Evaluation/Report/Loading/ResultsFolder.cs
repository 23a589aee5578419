using System.Security.Cryptography;
using System.Text.Json;
using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Report.Loading;

/// <summary>One evaluate output folder: where its tables are, and its evaluate.json.</summary>
public static class ResultsFolder
{
    public const string Distributions = "distributions.parquet";

    public static string DistributionsPath(string folder) => Path.Combine(folder, Distributions);

    /// <exception cref="FileNotFoundException">The folder has no evaluate.json or distributions.parquet.</exception>
    /// <exception cref="InvalidDataException">evaluate.json is not what evaluate writes.</exception>
    public static async Task<EvaluationSummary> ReadSummaryAsync(string folder, CancellationToken cancellationToken)
    {
        var distributions = DistributionsPath(folder);
        if (!File.Exists(distributions))
        {
            throw new FileNotFoundException($"{distributions}: no such file (expected the distributions table written by valueatlas evaluate --out {folder})", distributions);
        }

        var path = Path.Combine(folder, EvaluationOutput.SummaryFile);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file (expected the summary written by valueatlas evaluate --out {folder})", path);
        }

        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync<EvaluationSummary>(stream, EvaluationJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{path}: holds null; expected evaluate's summary");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: line {e.LineNumber + 1}: {e.Message}; expected evaluate's summary (evaluate.json)", e);
        }
    }

    /// <summary>Lowercase hex SHA-256 of <paramref name="path"/>.</summary>
    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }
}
