namespace ValueAtlas.Cli.Tests.Metrics;

/// <summary>One option row of a synthetic distributions table, in the shape evaluate wrote before the multilingual key.</summary>
internal sealed record SyntheticAnswer(
    string Model, string PromptKind, string Language, string ItemId, string TopicId, string TopicNameEn, string? OriginalId, bool IsParaphrase,
    string Country, bool Controversial, int OptionIndex, string Stance, double Probability);
