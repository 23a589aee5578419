using System.Text.Json;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Answers;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// Asks one lettered prompt and reads the model's choice: from the letters' log-probabilities (one call at
/// temperature 0), or from N samples where the endpoint gives none. Decided per query from that query's own
/// (cached) first answer, so a re-run takes the same path for every query and calls nothing. A failure after the
/// gateway's retries is returned as data, so one bad item never stops a run.
/// </summary>
public sealed class LetterAsker(AnswerReading reading)
{
    /// <summary>Long enough for "**B**" or "답: B번" but short enough to cost nothing.</summary>
    public const int SampleMaxTokens = 16;

    public async Task<QueryAnswer> AskAsync(EvaluatedModel model, EvalPrompt prompt, int optionCount, string method, CancellationToken cancellationToken)
    {
        var messages = Messages(prompt);
        CallInfo? probe = null;
        try
        {
            if (!model.Sampling)
            {
                var options = new ChatOptions { Temperature = 0, MaxOutputTokens = reading.ScanPositions }.WithTopLogprobs(reading.TopLogprobsOf(model.Name));
                var response = await model.Client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
                var info = response.GetCallInfo();
                var positions = response.GetLogprobs();

                // A server that honours logprobs but not top_logprobs sends the emitted tokens alone: no distribution in that.
                if (positions.Any(p => p.Top.Count > 0))
                {
                    return QueryAnswer.OneCall(method == AnswerMethods.Judge ? AnswerMethods.Judge : AnswerMethods.Logprobs, response.Text, info) with
                    {
                        Mass = LetterDistribution.FromLogprobs(positions, optionCount, reading.ScanPositions),
                        TextLetter = LetterDistribution.ParseLetter(response.Text, optionCount),
                    };
                }

                probe = info;
            }
        }
        catch (LlmCallException e)
        {
            return QueryAnswer.Failed(method, e.Message);
        }

        return await SampleAsync(model, messages, optionCount, method, probe, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueryAnswer> SampleAsync(
        EvaluatedModel model, List<ChatMessage> messages, int optionCount, string method, CallInfo? probe, CancellationToken cancellationToken)
    {
        // A seed per sample makes each a different cached call, so a re-run reads back the same N answers. A base model
        // would run on into a next question of its own ("B\n\nQuestion: … A. …"): the first line is its answer.
        var stops = model.Style == PromptStyle.Completion ? new List<string> { "\n" } : null;
        var samples = await Task.WhenAll(Enumerable.Range(1, reading.Samples).Select(async seed =>
        {
            try
            {
                var options = new ChatOptions { Temperature = (float)reading.Temperature, Seed = seed, MaxOutputTokens = SampleMaxTokens, StopSequences = stops };
                var response = await model.Client.GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
                return (Text: response.Text, Info: response.GetCallInfo(), Error: (string?)null);
            }
            catch (LlmCallException e)
            {
                return (Text: "", Info: new CallInfo(), Error: SecretRedactor.Redact(e.Message));
            }
        })).ConfigureAwait(false);

        // Every call is counted, the probe for log-probabilities that came back without them included: each was paid for.
        var infos = samples.Select(s => s.Info).Prepend(probe).OfType<CallInfo>().ToArray();
        var failed = samples.FirstOrDefault(s => s.Error is not null).Error;
        var texts = samples.Select(s => s.Text).ToArray();
        return new QueryAnswer
        {
            Method = method == AnswerMethods.Judge ? AnswerMethods.Judge : AnswerMethods.Sampling,

            // A sample that failed would bias the counts; the query fails and its re-run pays only for that sample.
            Mass = failed is null ? LetterDistribution.FromSamples(texts, optionCount) : null,
            Text = JsonSerializer.Serialize(texts, EvaluationJson.Compact),
            LogprobsMissing = probe is not null,
            InputTokens = infos.Sum(i => i.InputTokens),
            OutputTokens = infos.Sum(i => i.OutputTokens),
            Cost = infos.Sum(i => i.Cost),
            LatencyMs = infos.Max(i => i.LatencyMs),
            Cached = infos.All(i => i.Cached),
            Calls = infos.Length,
            CacheHits = infos.Count(i => i.Cached),
            Error = failed,
        };
    }

    internal static List<ChatMessage> Messages(EvalPrompt prompt)
    {
        var messages = new List<ChatMessage>(2);
        if (prompt.System is { } system)
        {
            messages.Add(new ChatMessage(ChatRole.System, system));
        }

        messages.Add(new ChatMessage(ChatRole.User, prompt.User));
        return messages;
    }
}
