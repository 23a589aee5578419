namespace ValueAtlas.Core.Domain;

/// <summary>How a row came to be, so any item can be traced to the exact prompt and model call.</summary>
public sealed record Provenance
{
    public required string Model { get; init; }

    /// <summary>The provider kind (see Config.ProviderNames), or the public source for imported rows.</summary>
    public required string EndpointKind { get; init; }

    /// <summary>Null for imported rows, which had no prompt of ours.</summary>
    public string? PromptTemplateId { get; init; }

    /// <summary>Lowercase hex SHA-256 of the fully rendered prompt; null for imported rows.</summary>
    public string? PromptSha256 { get; init; }

    /// <summary>Sampling parameters as strings (temperature → "0.7"); written in ordinal key order.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    public int Attempts { get; init; }

    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public decimal Cost { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>True for rows imported from public data (ValueConsistency, GlobalOpinionQA) rather than generated.</summary>
    public bool Imported { get; init; }
}
