namespace ValueAtlas.Core.Artifacts;

/// <summary>Every good record of a file plus every bad line, in file order; nothing is dropped.</summary>
public sealed record JsonlReadResult<T>
{
    public required IReadOnlyList<T> Records { get; init; }

    public required IReadOnlyList<JsonlError> Errors { get; init; }
}
