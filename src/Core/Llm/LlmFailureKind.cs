namespace ValueAtlas.Core.Llm;

public enum LlmFailureKind
{
    RateLimited,
    ServerError,
    Timeout,
    Connection,
    InvalidResponse,
    Rejected,
}
