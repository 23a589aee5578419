using System.Security.Cryptography;
using ValueAtlas.Core.Config;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Run;

/// <summary>Reads every configured run's input into probes; an input that cannot be read is a config error at its <c>input:</c> line.</summary>
public static class EvaluationInputs
{
    public static async Task<(IReadOnlyList<EvaluationInput> Inputs, IReadOnlyList<RunInputSummary> Summaries)> ReadAsync(
        EvaluationConfig evaluation, int seed, ConfigDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(document);
        var inputs = new List<EvaluationInput>();
        var summaries = new List<RunInputSummary>();
        for (var i = 0; i < evaluation.Runs.Count; i++)
        {
            var run = evaluation.Runs[i];
            var name = EvaluationRuns.NameOf(run, i);
            ProbeSet probes;
            string sha;
            try
            {
                probes = PromptKinds.IsSurvey(run.Kind)
                    ? await SurveyProbes.ReadAsync(run.Input, run, cancellationToken).ConfigureAwait(false)
                    : await ItemProbes.ReadAsync(run.Input, run, cancellationToken).ConfigureAwait(false);
                sha = await HashAsync(run, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or FormatException or ArgumentException)
            {
                throw new ConfigException(document.ErrorAt($"{EvaluationSection.SectionKey}.runs[{i}].input", e.Message), e);
            }

            inputs.Add(new EvaluationInput(name, run, probes, run.Seed ?? seed));
            summaries.Add(new RunInputSummary
            {
                Run = name,
                Kind = run.Kind,
                Input = Path.GetFileName(run.Input.TrimEnd(Path.DirectorySeparatorChar)),
                InputSha256 = sha,
                Probes = probes.Probes.Count,
                SkippedByReason = probes.Skipped.GroupBy(s => s.Reason, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                SkippedExamples = probes.Skipped.GroupBy(s => s.Reason, StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(s => s.ItemId).Take(5)], StringComparer.Ordinal),
            });
        }

        return (inputs, summaries);
    }

    // One hash over the file, or over the tables a survey run reads, in name order; a table's CSV copy is not read.
    private static async Task<string> HashAsync(EvaluationRun run, CancellationToken cancellationToken)
    {
        var files = PromptKinds.IsSurvey(run.Kind)
            ? new[] { "questions.parquet", "options.parquet" }.Select(f => Path.Combine(run.Input, f)).Where(File.Exists).ToArray()
            : [run.Input];
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                sha.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
