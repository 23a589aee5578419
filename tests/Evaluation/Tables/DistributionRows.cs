using System.Text.Encodings.Web;
using System.Text.Json;
using ValueAtlas.Evaluation.Metrics;
using ValueAtlas.Evaluation.Run;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Evaluation.Tests.Tables;

/// <summary>Rows of evaluate's distributions table for the reader tests: two Korean items (one a paraphrase), mc and open, one model and run.</summary>
internal static class DistributionRows
{
    public static IReadOnlyList<DistributionRow> Sample(string model = "m1", string run = "vc") =>
    [
        .. Answer(model, run, "mc", "q1", paraphrase: false, [0.7, 0.2, 0.1]),
        .. Answer(model, run, "mc", "q1_p1", paraphrase: true, [0.6, 0.3, 0.1]),
        .. Answer(model, run, "open", "q1", paraphrase: false, [0.5, 0.5, 0]),
    ];

    public static IEnumerable<DistributionRow> Answer(string model, string run, string kind, string item, bool paraphrase, double[] probabilities, string? persona = null)
    {
        string[] stances = ["supports", "opposes", "neutral"];
        string[] texts = ["예, \"찬성\"합니다", "아니요", "모르겠다"];
        for (var i = 0; i < probabilities.Length; i++)
        {
            yield return new DistributionRow
            {
                Model = model,
                Run = run,
                PromptKind = kind,
                Language = "ko",
                ItemId = item,
                Persona = persona,
                TopicId = "t1",
                TopicName = "사형제",
                TopicNameEn = "Death penalty",
                OriginalId = paraphrase ? "q1" : null,
                IsParaphrase = paraphrase,
                OriginalTextEn = "Should the death penalty be abolished?",
                FormIndex = paraphrase ? 1 : 0,
                Country = "KR",
                Controversial = true,
                OptionIndex = i,
                OptionText = texts[i],
                Stance = stances[i],
                Probability = probabilities[i],
                NQueries = 6,
                NFailed = 0,
                MeanUncoveredMass = 0.01,
                NNoOptionMass = 0,
                Method = "logprobs",
                PromptTemplateId = kind + ".ko",
            };
        }
    }

    public static Task WriteAsync(string folder, IEnumerable<DistributionRow> rows, TableFormat format) =>
        TableSink<DistributionRow>.WriteAsync(folder, EvaluationTables.Distributions, EvaluationTables.DistributionColumns, rows, format, CancellationToken.None);

    /// <summary>The answers as JSON text: records holding lists compare by reference, their JSON by value.</summary>
    public static string Json(IReadOnlyList<AnswerDistribution> answers) =>
        JsonSerializer.Serialize(answers, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
