using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Config;
using ValueAtlas.Evaluation.Inputs;
using ValueAtlas.Evaluation.Run;

namespace ValueAtlas.Evaluation.Tests.Run;

/// <summary>Small probes and inputs for runner tests.</summary>
internal static class Probes
{
    public static Probe Korean(string kind = PromptKinds.MultipleChoice, string id = "item-1") => new()
    {
        Kind = kind,
        Language = "ko",
        ItemId = id,
        Text = "사형제를 유지해야 합니까?",
        Options = [new ProbeOption(0, "찬성", Stance.Supports), new ProbeOption(1, "반대", Stance.Opposes)],
        TopicId = "topic-1",
        TopicName = "사형제",
        TopicNameEn = "death penalty",
        IsParaphrase = false,
        Country = "KR",
        Controversial = true,
    };

    public static EvaluationInput Input(Probe probe, int orderings = 2, string name = "run") =>
        new(name, new EvaluationRun { Kind = probe.Kind, Input = "items.jsonl", Orderings = orderings }, new ProbeSet([probe], []), Seed: 11);
}
