using System.Text;
using ValueAtlas.Core.Config;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// What a run would call, without calling: per model and run the queries, calls and an estimated cost. Input tokens
/// are estimated from each probe's first rendered prompt (UTF-8 bytes / 4, a rough rule for BPE vocabularies; Korean
/// text costs more tokens per character than English, and the estimate follows its bytes). The cache is not consulted,
/// so a re-run's real cost is lower.
/// </summary>
public static class EvaluationPlan
{
    public static async Task<IReadOnlyList<PlannedCalls>> CallsAsync(
        IReadOnlyList<(string Name, ModelConfig Config, PromptStyle Style, bool Sampling)> models,
        (string Name, ModelConfig Config, bool Sampling)? judge,
        IReadOnlyList<EvaluationInput> inputs,
        EvaluationPrompts prompts,
        AnswerReading reading,
        CancellationToken cancellationToken)
    {
        var plan = new List<PlannedCalls>();
        foreach (var (name, config, style, sampling) in models)
        {
            foreach (var input in inputs)
            {
                long queries = 0, calls = 0, inputTokens = 0, outputTokens = 0, judgeQueries = 0, judgeCalls = 0, judgeInput = 0, judgeOutput = 0;
                var (perQuery, outPerCall) = PerQuery(sampling, reading);
                var (judgePerQuery, judgeOutPerCall) = PerQuery(judge?.Sampling ?? false, reading);
                foreach (var probe in input.Probes.Probes)
                {
                    var open = probe.Kind == PromptKinds.Open;
                    var orders = ProbeRunner.OrdersOf(input, probe, probe.Options.Count + (open ? 1 : 0)).Count;
                    var lettered = open ? [] : probe.Options;
                    var prompt = await prompts.RenderAsync(probe, lettered, style, cancellationToken).ConfigureAwait(false);
                    var tokens = Estimate(prompt);
                    if (open)
                    {
                        queries += 1 + orders;
                        calls += 1;
                        inputTokens += tokens;
                        outputTokens += reading.OpenMaxTokens;
                        judgeQueries += orders;
                        judgeCalls += orders * judgePerQuery;
                        judgeInput += orders * judgePerQuery * (tokens + reading.OpenMaxTokens);
                        judgeOutput += orders * judgePerQuery * judgeOutPerCall;
                    }
                    else
                    {
                        queries += orders;
                        calls += orders * perQuery;
                        inputTokens += orders * perQuery * tokens;
                        outputTokens += orders * perQuery * outPerCall;
                    }
                }

                var method = sampling ? AnswerMethods.Sampling : AnswerMethods.Logprobs;
                plan.Add(new PlannedCalls(name, input.Name, input.Run.Kind, method, input.Probes.Probes.Count, queries, calls, inputTokens, outputTokens,
                    config.Price.CostOf(inputTokens, outputTokens)));
                if (judgeQueries > 0 && judge is { } j)
                {
                    plan.Add(new PlannedCalls(j.Name, input.Name, "judge", $"judge of {name}", input.Probes.Probes.Count, judgeQueries, judgeCalls, judgeInput, judgeOutput,
                        j.Config.Price.CostOf(judgeInput, judgeOutput)));
                }
            }
        }

        return plan;
    }

    private static (int Calls, int OutputTokens) PerQuery(bool sampling, AnswerReading reading) =>
        sampling ? (reading.Samples, LetterAsker.SampleMaxTokens) : (1, reading.ScanPositions);

    private static long Estimate(EvalPrompt prompt) =>
        (Encoding.UTF8.GetByteCount(prompt.User) + Encoding.UTF8.GetByteCount(prompt.System ?? "") + 3) / 4;
}
