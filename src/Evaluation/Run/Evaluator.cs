using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm.Replicas;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// Puts every run's probes to every model, each model within its own concurrency (the gateway's limit; cache hits
/// skip it), all models at once. Rows come back in input order whatever order the calls finish in, so two runs over
/// the same inputs write identical tables.
/// </summary>
public sealed class Evaluator(EvaluationPrompts prompts, AnswerReading reading, EvaluatedModel? judge)
{
    private readonly ProbeRunner _runner = new(prompts, reading, judge);
    private long _probes;

    /// <summary>Queries finished so far.</summary>
    public long QueriesDone => _runner.QueriesDone;

    /// <summary>Probes finished so far, over all models: what progress counts.</summary>
    public long ProbesDone => Interlocked.Read(ref _probes);

    public async Task<EvaluationResult> RunAsync(
        IReadOnlyList<EvaluatedModel> models, IReadOnlyList<EvaluationInput> inputs, IReadOnlyList<RunInputSummary> inputSummaries, CancellationToken cancellationToken)
    {
        var jobs = inputs.SelectMany(input => input.Probes.Probes.Select(probe => (Input: input, Probe: probe))).ToArray();
        var perModel = await Task.WhenAll(models.Select(model => RunModelAsync(model, jobs, cancellationToken))).ConfigureAwait(false);
        var outcomes = perModel.SelectMany(o => o).ToArray();
        var answers = outcomes.SelectMany(o => o.Answers).ToArray();
        var summary = new EvaluationSummary
        {
            Models = [.. models.SelectMany(model => inputs.SelectMany(input => Summaries(model, input, answers)))],
            Runs = inputSummaries,
            PromptTemplates = [.. answers.SelectMany(a => a.PromptTemplateId.Split('+')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            Replicas = [.. models.Append(judge).OfType<EvaluatedModel>().DistinctBy(m => m.Name).SelectMany(ReplicasOf)],
        };
        var skipped = inputs.SelectMany(i => i.Probes.Skipped.Select(s => new SkippedRow(i.Name, s.ItemId, s.Language, s.Reason))).ToArray();
        return new EvaluationResult(answers, [.. outcomes.SelectMany(o => o.AnswerOptions)], [.. outcomes.SelectMany(o => o.Distribution)], skipped, summary);
    }

    private async Task<ProbeOutcome[]> RunModelAsync(EvaluatedModel model, (EvaluationInput Input, Inputs.Probe Probe)[] jobs, CancellationToken cancellationToken)
    {
        var outcomes = new ProbeOutcome[jobs.Length];

        // Twice the model's limit keeps its slots full while finished probes are folded; the gateway enforces the limit.
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, model.MaxConcurrency * 2), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, jobs.Length), parallel, async (i, ct) =>
        {
            outcomes[i] = await _runner.RunAsync(model, jobs[i].Input, jobs[i].Probe, ct).ConfigureAwait(false);
            Interlocked.Increment(ref _probes);
        }).ConfigureAwait(false);
        return outcomes;
    }

    private static IEnumerable<ReplicaSummary> ReplicasOf(EvaluatedModel model) =>
        model.Client.GetService<ReplicaStats>()?.Snapshot().Select(r => new ReplicaSummary(model.Name, r.Endpoint.ToString(), r.Calls, r.Failures, r.Rests)) ?? [];

    private IEnumerable<ModelRunSummary> Summaries(EvaluatedModel model, EvaluationInput input, AnswerRow[] answers)
    {
        var rows = answers.Where(a => a.Model == model.Name && a.Run == input.Name).ToArray();
        yield return Summarize(model.Name, input, judgeOf: null, [.. rows.Where(r => r.Method != AnswerMethods.Judge)]);

        // The judge's calls are its own line: its tokens and cost are not the tested model's.
        if (judge is not null && rows.Any(r => r.Method == AnswerMethods.Judge))
        {
            yield return Summarize(judge.Name, input, model.Name, [.. rows.Where(r => r.Method == AnswerMethods.Judge)]);
        }
    }

    private static ModelRunSummary Summarize(string model, EvaluationInput input, string? judgeOf, AnswerRow[] rows) => new()
    {
        Model = model,
        Run = input.Name,
        Kind = judgeOf is null ? input.Run.Kind : AnswerMethods.Judge,
        JudgeOf = judgeOf,
        Method = string.Join('+', rows.Where(r => r.Error is null).Select(r => r.Method).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
        SampledForMissingLogprobs = rows.Count(r => r.LogprobsMissing),
        Probes = input.Probes.Probes.Count,
        Queries = rows.Length,
        FailedQueries = rows.Count(r => r.Error is not null),
        Calls = rows.Sum(r => (long)r.Calls),
        CacheHits = rows.Sum(r => (long)r.CacheHits),
        InputTokens = rows.Sum(r => r.InputTokens),
        OutputTokens = rows.Sum(r => r.OutputTokens),
        Cost = rows.Sum(r => r.Cost),
        UncoveredMass = UncoveredMassSummary.Of(rows),
        FirstErrors = [.. rows.Where(r => r.Error is not null).Select(r => r.Error!).Distinct(StringComparer.Ordinal).Take(5)],
    };
}
