using System.Text.Json;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Answers;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// Puts one probe to one model in each of its option orders and averages the answers over the orders, mapping each
/// letter back to the option it stood for, so the distribution follows the options, not the letters.
/// </summary>
internal sealed class ProbeRunner(EvaluationPrompts prompts, AnswerReading reading, EvaluatedModel? judge)
{
    private readonly LetterAsker _asker = new(reading);
    private long _queries;

    /// <summary>Queries finished so far (for progress).</summary>
    public long QueriesDone => Interlocked.Read(ref _queries);

    public async Task<ProbeOutcome> RunAsync(EvaluatedModel model, EvaluationInput input, Probe probe, CancellationToken cancellationToken)
    {
        if (probe.Kind == PromptKinds.Open)
        {
            return await RunOpenAsync(model, input, probe, cancellationToken).ConfigureAwait(false);
        }

        var answers = new List<AnswerRow>();
        var options = new List<AnswerOptionRow>();
        var queries = new List<(int[] Order, QueryAnswer Answer)>();
        string? templateId = null;
        foreach (var order in OrdersOf(input, probe, probe.Options.Count))
        {
            var lettered = order.Select(i => probe.Options[i]).ToArray();
            var prompt = await prompts.RenderAsync(probe, lettered, model.Style, cancellationToken).ConfigureAwait(false);
            templateId ??= prompt.TemplateId;
            var answer = await _asker.AskAsync(model, prompt, lettered.Length, AnswerMethods.Logprobs, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _queries);
            var row = Row(model.Name, input, probe, order, prompt, answer, judgeModel: null, answerOf: null);
            answers.Add(row);
            options.AddRange(OptionRows(row.QueryId, order, probe.Options, answer));
            queries.Add((order, answer));
        }

        var method = string.Join('+', queries.Where(q => q.Answer.Mass is not null).Select(q => q.Answer.Method).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return new ProbeOutcome(answers, options, Distribution(model.Name, input, probe, probe.Options, queries, method, judgeModel: null, templateId ?? ""));
    }

    private async Task<ProbeOutcome> RunOpenAsync(EvaluatedModel model, EvaluationInput input, Probe probe, CancellationToken cancellationToken)
    {
        var openPrompt = await prompts.RenderAsync(probe, [], model.Style, cancellationToken).ConfigureAwait(false);
        var open = await AskOpenAsync(model, openPrompt, cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _queries);
        var openRow = Row(model.Name, input, probe, [], openPrompt, open, judgeModel: null, answerOf: null);
        var answers = new List<AnswerRow> { openRow };
        var options = new List<AnswerOptionRow>();
        // The judge's extra option takes the index after the item's last, so it never collides with one of them.
        var noAnswer = new ProbeOption(probe.Options.Max(o => o.Index) + 1, EvaluationPrompts.NoAnswerOption(probe.Language), Stance.Neutral);
        var judged = probe.Options.Append(noAnswer).ToArray();
        var queries = new List<(int[] Order, QueryAnswer Answer)>();
        string? templateId = null;
        foreach (var order in OrdersOf(input, probe, judged.Length))
        {
            if (open.Error is not null)
            {
                // Nothing to judge: the open answer's failure is counted once per order, so n_failed matches mc's.
                queries.Add((order, open));
                continue;
            }

            var lettered = order.Select(i => judged[i]).ToArray();
            var prompt = await prompts.RenderJudgeAsync(probe, open.Text, lettered, cancellationToken).ConfigureAwait(false);
            templateId ??= prompt.TemplateId;
            var answer = await _asker.AskAsync(judge!, prompt, lettered.Length, AnswerMethods.Judge, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _queries);
            var row = Row(model.Name, input, probe, order, prompt, answer, judge!.Name, openRow.QueryId);
            answers.Add(row);
            options.AddRange(OptionRows(row.QueryId, order, judged, answer));
            queries.Add((order, answer));
        }

        return new ProbeOutcome(answers, options, Distribution(model.Name, input, probe, judged, queries, AnswerMethods.Judge, judge?.Name, templateId ?? openPrompt.TemplateId));
    }

    private async Task<QueryAnswer> AskOpenAsync(EvaluatedModel model, EvalPrompt prompt, CancellationToken cancellationToken)
    {
        try
        {
            var options = new ChatOptions { Temperature = 0, MaxOutputTokens = reading.OpenMaxTokens };
            var response = await model.Client.GetResponseAsync(LetterAsker.Messages(prompt), options, cancellationToken).ConfigureAwait(false);
            return QueryAnswer.OneCall(AnswerMethods.Open, response.Text, response.GetCallInfo());
        }
        catch (LlmCallException e)
        {
            return QueryAnswer.Failed(AnswerMethods.Open, e.Message);
        }
    }

    internal static IReadOnlyList<int[]> OrdersOf(EvaluationInput input, Probe probe, int optionCount) =>
        PromptKinds.IsSurvey(probe.Kind)
            ? Orderings.Source(optionCount)
            : Orderings.Shuffled(probe.ItemId, optionCount, input.Run.Orderings, input.Seed);

    private static AnswerRow Row(string model, EvaluationInput input, Probe probe, int[] order, EvalPrompt prompt, QueryAnswer answer, string? judgeModel, string? answerOf)
    {
        var ordering = Orderings.Text(order);
        return new AnswerRow
        {
            QueryId = QueryIds.For(model, input.Name, probe.Kind, probe.Language, probe.ItemId, probe.Persona, probe.PromptCountry, probe.SteerValue, answer.Method, ordering),
            Model = model,
            Run = input.Name,
            PromptKind = probe.Kind,
            Language = probe.Language,
            ItemId = probe.ItemId,
            Persona = probe.Persona,
            PromptCountry = probe.PromptCountry,
            SteerValue = probe.SteerValue,
            Ordering = ordering,
            PromptTemplateId = prompt.TemplateId,
            PromptSha256 = prompt.Sha256,
            Method = answer.Method,
            JudgeModel = judgeModel,
            AnswerOf = answerOf,
            PromptFallback = prompt.IsFallback,
            ResponseText = answer.Text,
            TextLetter = answer.TextLetter is { } letter ? OptionLetters.Letter(letter).ToString() : null,
            LogprobsMissing = answer.LogprobsMissing,
            UncoveredMass = answer.Mass?.UncoveredMass,
            NoOptionMass = answer.Mass?.NoOptionMass,
            LetterPosition = answer.Mass?.Position,
            Samples = answer.Mass is { Samples: > 0 } m ? m.Samples : null,
            InputTokens = answer.InputTokens,
            OutputTokens = answer.OutputTokens,
            Cost = answer.Cost,
            LatencyMs = answer.LatencyMs,
            Cached = answer.Cached,
            Calls = answer.Calls,
            CacheHits = answer.CacheHits,
            Error = answer.Error,
        };
    }

    // Orders hold positions in the probe's option list; rows carry the options' own indices (a survey's may not run 0..n-1).
    private static IEnumerable<AnswerOptionRow> OptionRows(string queryId, int[] order, IReadOnlyList<ProbeOption> options, QueryAnswer answer)
    {
        if (answer.Mass is not { } mass)
        {
            yield break;
        }

        for (var letter = 0; letter < order.Length; letter++)
        {
            yield return new AnswerOptionRow(queryId, options[order[letter]].Index, OptionLetters.Letter(letter).ToString(), mass.Probabilities[letter]);
        }
    }

    private static List<DistributionRow> Distribution(
        string model, EvaluationInput input, Probe probe, IReadOnlyList<ProbeOption> options,
        List<(int[] Order, QueryAnswer Answer)> queries, string method, string? judgeModel, string templateId)
    {
        var answered = queries.Where(q => q.Answer.Mass is not null).ToList();
        var failed = queries.Count - answered.Count;
        var rows = new List<DistributionRow>(options.Count);
        if (answered.Count == 0)
        {
            return rows;
        }

        var sums = new double[options.Count];
        foreach (var (order, answer) in answered)
        {
            for (var letter = 0; letter < order.Length; letter++)
            {
                sums[order[letter]] += answer.Mass!.Probabilities[letter];
            }
        }

        var uncovered = answered.Average(q => q.Answer.Mass!.UncoveredMass);
        var noMass = answered.Count(q => q.Answer.Mass!.NoOptionMass);
        for (var position = 0; position < options.Count; position++)
        {
            var option = options[position];
            rows.Add(new DistributionRow
            {
                Model = model,
                Run = input.Name,
                PromptKind = probe.Kind,
                Language = probe.Language,
                ItemId = probe.ItemId,
                Persona = probe.Persona,
                PromptCountry = probe.PromptCountry,
                SteerValue = probe.SteerValue,
                TopicId = probe.TopicId,
                TopicName = probe.TopicName,
                TopicNameEn = probe.TopicNameEn,
                OriginalId = probe.OriginalId,
                IsParaphrase = probe.IsParaphrase,
                OriginalTextEn = probe.OriginalTextEn,
                FormIndex = probe.FormIndex,
                Country = probe.Country,
                Controversial = probe.Controversial,
                Source = probe.Source,
                Wave = probe.Wave,
                OptionIndex = option.Index,
                OptionText = option.Text,
                OptionCode = option.Code,
                // The naming policy items.jsonl writes stances with (StanceJsonConverter), so the two files agree.
                Stance = option.Stance is { } stance ? JsonNamingPolicy.SnakeCaseLower.ConvertName(stance.ToString()) : null,
                Probability = sums[position] / answered.Count,
                NQueries = answered.Count,
                NFailed = failed,
                MeanUncoveredMass = uncovered,
                NNoOptionMass = noMass,
                Method = method,
                JudgeModel = judgeModel,
                PromptTemplateId = templateId,
            });
        }

        return rows;
    }
}
