namespace ValueAtlas.Core.Llm;

/// <summary>
/// A structured answer, or why none could be had. A failure is data, not an exception: callers quarantine it with
/// the raw text and the reasons.
/// </summary>
public sealed record StructuredResult<T>
    where T : class
{
    public T? Value { get; init; }

    public bool Succeeded => Value is not null;

    /// <summary>The last answer's text as the model wrote it.</summary>
    public string RawText { get; init; } = "";

    /// <summary>Why the last answer was refused; empty on success.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>How many times the model was asked (1 + re-asks).</summary>
    public int Asks { get; init; }

    /// <summary>Tokens, cost and attempts summed over every ask.</summary>
    public CallInfo Total { get; init; } = new();
}
