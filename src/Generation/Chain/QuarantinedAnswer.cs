namespace ValueAtlas.Generation.Chain;

/// <summary>An answer that stayed unusable after the bounded re-asks: kept with its raw text and reasons, never dropped silently.</summary>
public sealed record QuarantinedAnswer
{
    public required string Step { get; init; }

    public required string Country { get; init; }

    public required string Language { get; init; }

    /// <summary>What the step was about: the topic, or the question.</summary>
    public required string Subject { get; init; }

    public required IReadOnlyList<string> Reasons { get; init; }

    public required string RawText { get; init; }

    public required string PromptTemplateId { get; init; }

    public required string PromptSha256 { get; init; }
}
