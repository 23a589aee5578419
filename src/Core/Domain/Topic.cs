namespace ValueAtlas.Core.Domain;

public sealed record Topic
{
    /// <summary>See <see cref="ContentId.ForTopic(Topic)"/>.</summary>
    public required string Id { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code; resolve it through <see cref="CountryRegistry"/>.</summary>
    public required string Country { get; init; }

    public required Language Language { get; init; }

    public required string Name { get; init; }

    /// <summary>Null only where a source gives none (a few imported ValueConsistency rows).</summary>
    public string? NameEn { get; init; }

    /// <summary>Empty for imported topics: the public data has none.</summary>
    public required string Description { get; init; }

    public required bool Controversial { get; init; }

    /// <summary>Not in the brief's field list, but DESIGN.md asks for provenance on every generated row; null only for hand-made rows.</summary>
    public Provenance? Provenance { get; init; }
}
