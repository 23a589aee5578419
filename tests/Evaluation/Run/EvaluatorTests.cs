using Microsoft.Extensions.AI;
using ValueAtlas.Core.Domain;
using ValueAtlas.Core.Llm;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Prompts;
using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Tests.Run;

public sealed class EvaluatorTests
{
    private static readonly EvaluationPrompts Prompts = EvaluationPrompts.Create(CountryRegistry.BuiltIn);

    private static readonly AnswerReading Reading = new() { Samples = 4 };

    [Fact]
    public async Task ModelPreferringAnOption_KeepsItsProbabilityAcrossReversedOrders()
    {
        // Whatever letter "찬성" gets, the model puts 0.9 on it: the distribution must follow the option.
        var client = new ScriptedChatClient((messages, _) =>
        {
            var letter = Lettered.LetterOf(messages[^1].Text, "찬성").ToString();
            var other = letter == "A" ? "B" : "A";
            return ScriptedChatClient.Letters((letter, 0.9), (other, 0.1));
        });
        var result = await Run(client, Probes.Korean());

        Assert.Equal(2, result.Answers.Count);
        Assert.Equal(["0,1", "1,0"], result.Answers.Select(a => a.Ordering).Order());
        var distribution = result.Distributions.OrderBy(d => d.OptionIndex).ToArray();
        Assert.Equal(0.9, distribution[0].Probability, 12);
        Assert.Equal(0.1, distribution[1].Probability, 12);
        Assert.Equal("supports", distribution[0].Stance);
        Assert.All(distribution, d => Assert.Equal(2, d.NQueries));
        Assert.All(distribution, d => Assert.Equal("topic-1", d.TopicId));
    }

    [Fact]
    public async Task ModelPreferringALetter_AveragesToEvenOverReversedOrders()
    {
        var client = new ScriptedChatClient((_, _) => ScriptedChatClient.Letters(("A", 0.8), ("B", 0.2)));
        var result = await Run(client, Probes.Korean());

        Assert.All(result.Distributions, d => Assert.Equal(0.5, d.Probability, 12));

        // answer_options keeps each query's letters mapped to the options they stood for.
        var reversed = result.Answers.Single(a => a.Ordering == "1,0");
        var options = result.AnswerOptions.Where(o => o.QueryId == reversed.QueryId).OrderBy(o => o.Letter).ToArray();
        Assert.Equal((1, "A", 0.8), (options[0].OptionIndex, options[0].Letter, Math.Round(options[0].Probability, 12)));
        Assert.Equal((0, "B", 0.2), (options[1].OptionIndex, options[1].Letter, Math.Round(options[1].Probability, 12)));
    }

    [Fact]
    public async Task EndpointWithoutLogprobs_FallsBackToSampling()
    {
        var samples = 0;
        var client = new ScriptedChatClient((messages, options) =>
        {
            if (options?.Seed is null)
            {
                return ScriptedChatClient.Text("A");
            }

            // Three of four samples name "찬성"'s letter, one names nothing.
            var letter = Lettered.LetterOf(messages[^1].Text, "찬성");
            return ScriptedChatClient.Text(Interlocked.Increment(ref samples) % 4 == 0 ? "모르겠습니다" : $"{letter}");
        });
        var model = new EvaluatedModel("m", client, PromptStyle.Chat, sampling: false, maxConcurrency: 1);
        var result = await new Evaluator(Prompts, Reading, null).RunAsync([model], [Probes.Input(Probes.Korean(), orderings: 1)], [], CancellationToken.None);

        var answer = Assert.Single(result.Answers);
        Assert.Equal(AnswerMethods.Sampling, answer.Method);
        Assert.True(answer.LogprobsMissing);
        Assert.Equal(4, answer.Samples);

        // The log-probabilities request that came back without any was paid for too.
        Assert.Equal(5, answer.Calls);
        Assert.Equal(50, answer.InputTokens);
        Assert.Equal(0.25, answer.UncoveredMass!.Value, 12);
        Assert.Equal(1.0, result.Distributions.Single(d => d.OptionIndex == 0).Probability, 12);
        var summary = Assert.Single(result.Summary.Models);
        Assert.Equal((AnswerMethods.Sampling, 1, 5L), (summary.Method, summary.SampledForMissingLogprobs, summary.Calls));
    }

    [Fact]
    public async Task FailedQueries_AreRowsWithTheirErrorAndNoDistribution()
    {
        var client = new ScriptedChatClient((_, _) =>
            throw new LlmCallException("m", new LlmEndpointException(LlmFailureKind.ServerError, "HTTP 503 from the server", 503), 5));
        var result = await Run(client, Probes.Korean());

        Assert.Equal(2, result.Answers.Count);
        Assert.All(result.Answers, a => Assert.Contains("503", a.Error, StringComparison.Ordinal));
        Assert.Empty(result.Distributions);
        Assert.Equal(2, result.Summary.FailedQueries);
    }

    [Fact]
    public async Task OpenAnswer_IsJudgedOverTheOptionsPlusNoAnswer()
    {
        var model = new ScriptedChatClient((_, _) => ScriptedChatClient.Text("저는 사형제에 반대합니다. 생명은 소중하기 때문입니다."));
        var judge = new ScriptedChatClient((messages, _) =>
        {
            var prompt = messages[^1].Text;
            Assert.Contains("저는 사형제에 반대합니다", prompt, StringComparison.Ordinal);
            var letter = Lettered.LetterOf(prompt, "반대").ToString();
            var noAnswer = Lettered.LetterOf(prompt, EvaluationPrompts.NoAnswerOption("ko")).ToString();
            return ScriptedChatClient.Letters((letter, 0.7), (noAnswer, 0.3));
        });
        var evaluator = new Evaluator(Prompts, Reading, new EvaluatedModel("judge", judge, PromptStyle.Chat, sampling: false, maxConcurrency: 2));
        var result = await evaluator.RunAsync(
            [new EvaluatedModel("m", model, PromptStyle.Chat, sampling: false, maxConcurrency: 2)],
            [Probes.Input(Probes.Korean(PromptKinds.Open), orderings: 2)], [], CancellationToken.None);

        Assert.Equal(1, model.Calls);
        Assert.Equal(2, judge.Calls);
        var open = result.Answers.Single(a => a.Method == AnswerMethods.Open);
        Assert.All(result.Answers.Where(a => a.Method == AnswerMethods.Judge), a => Assert.Equal((open.QueryId, "judge"), (a.AnswerOf, a.JudgeModel)));
        var distribution = result.Distributions.OrderBy(d => d.OptionIndex).ToArray();
        Assert.Equal(3, distribution.Length);
        Assert.Equal([0.0, 0.7, 0.3], distribution.Select(d => Math.Round(d.Probability, 12)));
        Assert.Equal("neutral", distribution[2].Stance);
        Assert.Equal(EvaluationPrompts.NoAnswerOption("ko"), distribution[2].OptionText);
    }

    [Fact]
    public async Task Rows_ComeOutInInputOrderWhateverOrderCallsFinish()
    {
        // The first ten items' calls are held until the last item's call arrives, so they finish last.
        var lastArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var client = new GatedChatClient(async prompt =>
        {
            if (prompt.Contains("item-29", StringComparison.Ordinal))
            {
                lastArrived.TrySetResult();
            }
            else if (string.CompareOrdinal(prompt[(prompt.IndexOf("item-", StringComparison.Ordinal) + 5)..][..2], "10") < 0)
            {
                await lastArrived.Task;
            }

            return ScriptedChatClient.Letters(("A", 0.6), ("B", 0.4));
        });
        var probes = Enumerable.Range(0, 30).Select(i => Probes.Korean(id: $"item-{i:00}") with { Text = $"사형제를 유지해야 합니까? (item-{i:00})" }).ToArray();
        var input = new EvaluationInput("run", new EvaluationRun { Kind = PromptKinds.MultipleChoice, Orderings = 2 }, new ProbeSet(probes, []), 5);
        var model = new EvaluatedModel("m", client, PromptStyle.Chat, sampling: false, maxConcurrency: 8);
        var result = await new Evaluator(Prompts, Reading, null).RunAsync([model], [input], [], CancellationToken.None);

        Assert.True(client.FinishOrder.IndexOf("item-00") > client.FinishOrder.IndexOf("item-29"), "the gate did not reorder the calls");
        Assert.Equal(probes.Select(p => p.ItemId), result.Distributions.Where(d => d.OptionIndex == 0).Select(d => d.ItemId));
    }

    [Fact]
    public async Task SurveyOptionIndices_NotFromZero_AreKeptInTheRows()
    {
        var client = new ScriptedChatClient((_, _) => ScriptedChatClient.Letters(("A", 0.6), ("B", 0.3), ("C", 0.1)));
        var probe = new Probe
        {
            Kind = PromptKinds.GoqaDefault,
            Language = "en",
            ItemId = "wvs7:Q1",
            Text = "How important is family in your life?",
            Options = [new ProbeOption(1, "Very important", Code: "1"), new ProbeOption(2, "Rather important", Code: "2"), new ProbeOption(4, "Not at all important", Code: "4")],
            Source = "wvs7",
        };
        var result = await Run(client, probe);

        Assert.Equal([(1, 0.6), (2, 0.3), (4, 0.1)], result.Distributions.Select(d => (d.OptionIndex, Math.Round(d.Probability, 12))));
        Assert.Equal([1, 2, 4], result.AnswerOptions.Select(o => o.OptionIndex));
    }

    private static Task<EvaluationResult> Run(IChatClient client, Probe probe) =>
        new Evaluator(Prompts, Reading, null).RunAsync(
            [new EvaluatedModel("m", client, PromptStyle.Chat, sampling: false, maxConcurrency: 2)], [Probes.Input(probe)], [], CancellationToken.None);
}
