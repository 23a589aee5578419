namespace ValueAtlas.Core.Llm;

/// <summary>How long to wait before the next attempt: the server's Retry-After when it sent one, else exponential backoff with jitter.</summary>
public sealed class RetryPolicy(int maxAttempts, TimeSpan baseDelay, TimeSpan maxDelay, Random random)
{
    private readonly Lock _gate = new();

    public int MaxAttempts { get; } = maxAttempts;

    /// <summary>A Retry-After beyond this ends the call instead of stalling the run for hours.</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait before attempt <paramref name="failedAttempt"/> + 1, or null when the call should give up.</summary>
    public TimeSpan? DelayAfter(int failedAttempt, LlmEndpointException failure)
    {
        if (!failure.IsTransient || failedAttempt >= MaxAttempts)
        {
            return null;
        }

        if (failure.RetryAfter is { } retryAfter)
        {
            return retryAfter <= MaxRetryAfter ? retryAfter : null;
        }

        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, failedAttempt - 1);
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        double jitter;
        lock (_gate)
        {
            jitter = random.NextDouble();
        }

        // "Equal jitter": at least half the backoff, so retries of many callers spread out but never fire at once.
        return TimeSpan.FromMilliseconds(capped * (0.5 + (jitter / 2)));
    }
}
