using System.Globalization;
using System.Text;
using ValueAtlas.Core.Config;
using ValueAtlas.Generation.Prompts;

namespace ValueAtlas.Generation.Chain;

/// <summary>
/// What a run will ask, before it asks anything: calls per step (assuming every answer is usable and full-sized)
/// and a cost estimate from rough token sizes per call. The estimate is an upper-bound sketch, not a quote.
/// </summary>
public static class GenerationPlan
{
    // Rough tokens per call: the rendered template plus what the answer holds, measured on the built-in Korean templates.
    private static readonly Dictionary<string, (int Input, int PerItemOutput)> Sizes = new(StringComparer.Ordinal)
    {
        [PromptSteps.Topics] = (450, 90),
        [PromptSteps.Questions] = (500, 60),
        [PromptSteps.Options] = (400, 60),
        [PromptSteps.Paraphrases] = (450, 45),
        [PromptSteps.Translation] = (450, 150),
        [QuestionChain.TargetParaphrases] = (450, 45),
    };

    public static IReadOnlyList<(string Step, long Calls, long InputTokens, long OutputTokens)> Calls(GenerationSettings settings)
    {
        long topicSets = settings.Countries.Count * ((settings.Controversial > 0 ? 1 : 0) + (settings.Uncontroversial > 0 ? 1 : 0));
        long topics = settings.Countries.Count * (long)(settings.Controversial + settings.Uncontroversial);
        var questions = topics * settings.QuestionsPerTopic;
        var translations = settings.Countries.Sum(c => (long)settings.TargetsFor(c).Count() * (settings.Controversial + settings.Uncontroversial) * settings.QuestionsPerTopic);
        var paraphrased = settings.Paraphrases > 0;
        return
        [
            Row(PromptSteps.Topics, topicSets, Math.Max(settings.Controversial, settings.Uncontroversial)),
            Row(PromptSteps.Questions, topics, settings.QuestionsPerTopic),
            Row(PromptSteps.Options, questions, 1),
            Row(PromptSteps.Paraphrases, paraphrased ? questions : 0, settings.Paraphrases),
            Row(PromptSteps.Translation, translations, 1),
            Row(QuestionChain.TargetParaphrases, paraphrased ? translations : 0, settings.Paraphrases),
        ];
    }

    public static string Describe(GenerationSettings settings, ModelConfig model)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"planned calls to {model.Model} ({model.Provider}, {string.Join(", ", model.AllEndpoints)}), before re-asks:");
        text.AppendLine("step                    calls   ~input_tokens  ~output_tokens   ~cost");
        decimal total = 0;
        foreach (var (step, calls, input, output) in Calls(settings))
        {
            var cost = model.Price.CostOf(input, output);
            total += cost;
            text.AppendLine(CultureInfo.InvariantCulture, $"{step,-22} {calls,6}  {input,14}  {output,14}  {cost,7:0.####}");
        }

        text.Append(CultureInfo.InvariantCulture, $"estimated cost {total:0.####} (prices per million tokens: input {model.Price.InputPerMillion}, output {model.Price.OutputPerMillion}); cached answers cost nothing");
        return text.ToString();
    }

    private static (string, long, long, long) Row(string step, long calls, int items)
    {
        var (input, perItem) = Sizes[step];
        return (step, calls, calls * input, calls * perItem * Math.Max(items, 1));
    }
}
