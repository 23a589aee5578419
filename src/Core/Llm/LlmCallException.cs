namespace ValueAtlas.Core.Llm;

/// <summary>The typed failure of a whole call: every attempt failed, or the first failure was not worth retrying.</summary>
public sealed class LlmCallException : Exception
{
    public LlmCallException(string model, LlmEndpointException last, int attempts)
        : base($"model '{model}' failed after {attempts} attempt(s): {last.Message}", last)
    {
        Model = model;
        Kind = last.Kind;
        Status = last.Status;
        Attempts = attempts;
    }

    public string Model { get; }

    public LlmFailureKind Kind { get; }

    public int? Status { get; }

    public int Attempts { get; }
}
