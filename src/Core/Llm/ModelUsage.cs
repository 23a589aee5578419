namespace ValueAtlas.Core.Llm;

/// <summary>Running totals for one model. Cost counts only answers paid for in this run, not cache hits.</summary>
public sealed record ModelUsage
{
    public string Model { get; init; } = "";

    public long Calls { get; init; }

    public long CacheHits { get; init; }

    public long Attempts { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public decimal Cost { get; init; }

    public ModelUsage Add(CallInfo call) => this with
    {
        Calls = Calls + 1,
        CacheHits = CacheHits + (call.Cached ? 1 : 0),
        Attempts = Attempts + call.Attempts,
        InputTokens = InputTokens + (call.Cached ? 0 : call.InputTokens),
        OutputTokens = OutputTokens + (call.Cached ? 0 : call.OutputTokens),
        Cost = Cost + call.Cost,
    };
}
