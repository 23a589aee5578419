namespace ValueAtlas.Core.Llm;

/// <summary>Spaces request starts evenly at the configured requests per minute, so a burst never trips the provider's limiter.</summary>
public sealed class RequestRateLimiter(int requestsPerMinute, TimeProvider time)
{
    private readonly TimeSpan _interval = TimeSpan.FromMinutes(1) / requestsPerMinute;
    private readonly Lock _gate = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        DateTimeOffset slot;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            slot = _next > now ? _next : now;
            _next = slot + _interval;
        }

        var wait = slot - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
