namespace ValueAtlas.Core.Llm;

/// <summary>
/// One failed attempt, as an adapter saw it. The message never carries request headers, so an API key cannot leak through it.
/// </summary>
public sealed class LlmEndpointException : Exception
{
    public LlmEndpointException(LlmFailureKind kind, string message, int? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Status = status;
        RetryAfter = retryAfter;
    }

    public LlmFailureKind Kind { get; }

    public int? Status { get; }

    public TimeSpan? RetryAfter { get; }

    /// <summary>A rejected request (400, 401, 404 …) fails the same way every time, so retrying only wastes money.</summary>
    public bool IsTransient => Kind != LlmFailureKind.Rejected;
}
