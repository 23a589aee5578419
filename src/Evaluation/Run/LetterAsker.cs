using System.Text.Json;
using Microsoft.Extensions.AI;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Answers;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>
/// Asks one lettered prompt and reads the model's choice: from the letters' log-probabilities (one call at
/// temperature 0), or from N samples where the endpoint gives none. A failure after the gateway's retries is
/// returned as data, so one bad item never stops a run.
/// </summary>
public sealed class LetterAsker(AnswerReading reading)
{
    // Long enough for "**B**" or "답: B번" but short enough to cost nothing.
    private const int SampleMaxTokens = 16;

    public async Task<QueryAnswer> AskAsync(EvaluatedModel model, EvalPrompt prompt, int optionCount, string method, CancellationToken cancellationToken)
    {
        try
        {
            if (!model.Sampling)
            {
                var options = new ChatOptions { Temperature = 0, MaxOutputTokens = reading.ScanPositions }.WithTopLogprobs(reading.TopLogprobs);
                var response = await model.Client.GetResponseAsync(Messages(prompt), options, cancellationToken).ConfigureAwait(false);
                var positions = response.GetLogprobs();
                if (positions.Count > 0)
                {
                    var info = response.GetCallInfo();
                    return new QueryAnswer
                    {
                        Method = method == AnswerMethods.Judge ? AnswerMethods.Judge : AnswerMethods.Logprobs,
                        Mass = LetterDistribution.FromLogprobs(positions, optionCount, reading.ScanPositions),
                        Text = response.Text,
                        InputTokens = info.InputTokens,
                        OutputTokens = info.OutputTokens,
                        Cost = info.Cost,
                        LatencyMs = info.LatencyMs,
                        Cached = info.Cached,
                        Calls = 1,
                        CacheHits = info.Cached ? 1 : 0,
                    };
                }

                model.FallBackToSampling();
            }

            return await SampleAsync(model, prompt, optionCount, method, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmCallException e)
        {
            return new QueryAnswer { Method = method, Error = SecretRedactor.Redact(e.Message), Calls = 1 };
        }
    }

    private async Task<QueryAnswer> SampleAsync(EvaluatedModel model, EvalPrompt prompt, int optionCount, string method, CancellationToken cancellationToken)
    {
        var messages = Messages(prompt);

        // A seed per sample makes each a different cached call, so a re-run reads back the same N answers.
        var responses = await Task.WhenAll(Enumerable.Range(1, reading.Samples).Select(seed =>
            model.Client.GetResponseAsync(
                messages,
                new ChatOptions { Temperature = (float)reading.Temperature, Seed = seed, MaxOutputTokens = SampleMaxTokens },
                cancellationToken))).ConfigureAwait(false);
        var infos = responses.Select(r => r.GetCallInfo()).ToArray();
        var texts = responses.Select(r => r.Text).ToArray();
        return new QueryAnswer
        {
            Method = method == AnswerMethods.Judge ? AnswerMethods.Judge : AnswerMethods.Sampling,
            Mass = LetterDistribution.FromSamples(texts, optionCount),
            Text = JsonSerializer.Serialize(texts, EvaluationJson.Compact),
            InputTokens = infos.Sum(i => i.InputTokens),
            OutputTokens = infos.Sum(i => i.OutputTokens),
            Cost = infos.Sum(i => i.Cost),
            LatencyMs = infos.Max(i => i.LatencyMs),
            Cached = infos.All(i => i.Cached),
            Calls = infos.Length,
            CacheHits = infos.Count(i => i.Cached),
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
