using ValueAtlas.Core.Domain;
using ValueAtlas.Evaluation.Inputs;

namespace ValueAtlas.Evaluation.Tests.Prompts;

/// <summary>Small probes of each kind, in English and Korean.</summary>
internal static class SampleProbes
{
    public static Probe Item(string kind, string language) => language == "ko"
        ? new Probe
        {
            Kind = kind,
            Language = "ko",
            ItemId = "item-ko-1",
            Text = "안락사를 법으로 허용해야 합니까?",
            Options = [new ProbeOption(0, "예, 허용해야 합니다.", Stance.Supports), new ProbeOption(1, "아니요, 허용해서는 안 됩니다.", Stance.Opposes)],
            TopicName = "안락사",
            TopicNameEn = "Euthanasia",
        }
        : new Probe
        {
            Kind = kind,
            Language = language,
            ItemId = "item-en-1",
            Text = "Should euthanasia be legal?",
            Options = [new ProbeOption(0, "Yes, it should.", Stance.Supports), new ProbeOption(1, "No, it should not.", Stance.Opposes)],
            TopicName = "Euthanasia",
            TopicNameEn = "Euthanasia",
        };

    public static Probe Survey(string kind, string language, string? promptCountry = null) => new()
    {
        Kind = kind,
        Language = language,
        ItemId = "Q1",
        Text = language == "ko" ? "정부는 소득 격차를 줄여야 한다." : "The government should reduce income differences.",
        Options = language == "ko"
            ? [new ProbeOption(0, "동의한다", Code: "1"), new ProbeOption(1, "반대한다", Code: "2")]
            : [new ProbeOption(0, "Agree", Code: "1"), new ProbeOption(1, "Disagree", Code: "2")],
        Source = "wvs",
        Wave = "7",
        PromptCountry = promptCountry,
    };

    public static Probe Pvq(string language, string? steerValue = null, string? steerText = null) => new()
    {
        Kind = PromptKinds.Pvq,
        Language = language,
        ItemId = "pvq-1",
        Text = language == "ko"
            ? "새로운 아이디어를 생각해 내고 창의적인 것이 그녀에게 중요하다."
            : "Thinking up new ideas and being creative is important to her.",
        Options = language == "ko"
            ? [new ProbeOption(0, "이 사람은 나와 비슷하다", Stance.Supports), new ProbeOption(1, "이 사람은 나와 비슷하지 않다", Stance.Opposes)]
            : [new ProbeOption(0, "This person is like me", Stance.Supports), new ProbeOption(1, "This person is not like me", Stance.Opposes)],
        SteerValue = steerValue,
        SteerText = steerText,
    };
}
