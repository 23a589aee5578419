using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Run;

/// <summary>Writes a finished evaluation into --out: the three tables and evaluate.json, all of them or none.</summary>
public static class EvaluationOutput
{
    public const string SummaryFile = "evaluate.json";

    public static Task WriteAsync(string folder, EvaluationResult result, TableFormat format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        return StagedFolder.WriteAsync<bool>(folder, EvaluationTables.Names, async (temp, ct) =>
        {
            await TableSink<AnswerRow>.WriteAsync(temp, EvaluationTables.Answers, EvaluationTables.AnswerColumns, result.Answers, format, ct).ConfigureAwait(false);
            await TableSink<AnswerOptionRow>.WriteAsync(temp, EvaluationTables.AnswerOptions, EvaluationTables.AnswerOptionColumns, result.AnswerOptions, format, ct).ConfigureAwait(false);
            await TableSink<DistributionRow>.WriteAsync(temp, EvaluationTables.Distributions, EvaluationTables.DistributionColumns, result.Distributions, format, ct).ConfigureAwait(false);
            await TableSink<SkippedRow>.WriteAsync(temp, EvaluationTables.Skipped, EvaluationTables.SkippedColumns, result.Skipped, format, ct).ConfigureAwait(false);
            await AtomicFile.WriteAllTextAsync(Path.Combine(temp, SummaryFile), JsonSerializer.Serialize(result.Summary, EvaluationJson.Options) + "\n", ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }
}
