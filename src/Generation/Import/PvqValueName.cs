namespace ValueAtlas.Generation.Import;

/// <summary>A Schwartz value's name in a PVQ file's language (<see cref="Text"/>) and in English.</summary>
public sealed record PvqValueName
{
    public required string Text { get; init; }

    public required string TextEnglish { get; init; }

    /// <summary>The word "value" in the file's language ("Prinzip", "值").</summary>
    public string? Vrd { get; init; }
}
