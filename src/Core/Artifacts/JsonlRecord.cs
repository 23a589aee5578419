using System.Diagnostics.CodeAnalysis;

namespace ValueAtlas.Core.Artifacts;

/// <summary>One non-blank line of a JSONL file: either a record or the reason it is not one.</summary>
public sealed record JsonlRecord<T>
{
    public required long Line { get; init; }

    public required long ByteOffset { get; init; }

    public T? Value { get; init; }

    public JsonlError? Error { get; init; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Error is null;
}
