using System.Collections.Concurrent;
using ValueAtlas.Core.Llm;

namespace ValueAtlas.Generation.Chain;

/// <summary>Totals per step, added to from many concurrent asks.</summary>
internal sealed class StepLedger
{
    private readonly ConcurrentDictionary<string, StepStats> _steps = new(StringComparer.Ordinal);

    public void Record<T>(string step, StructuredResult<T> result, decimal cost)
        where T : class =>
        _steps.AddOrUpdate(step, _ => Add(new StepStats(), result, cost), (_, s) => Add(s, result, cost));

    public IReadOnlyDictionary<string, StepStats> Snapshot() =>
        _steps.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static StepStats Add<T>(StepStats s, StructuredResult<T> result, decimal cost)
        where T : class => s with
    {
        Calls = s.Calls + 1,
        CacheHits = s.CacheHits + (result.Total.Cached ? 1 : 0),
        Asks = s.Asks + result.Asks,
        InputTokens = s.InputTokens + (result.Total.Cached ? 0 : result.Total.InputTokens),
        OutputTokens = s.OutputTokens + (result.Total.Cached ? 0 : result.Total.OutputTokens),
        Cost = s.Cost + cost,
        Answered = s.Answered + (result.Succeeded ? 1 : 0),
        Quarantined = s.Quarantined + (result.Succeeded ? 0 : 1),
    };
}
