namespace ValueAtlas.FakeLlm;

public abstract record FakeReply
{
    // Only this assembly knows how to execute a reply, so nobody else may derive.
    private protected FakeReply()
    {
    }

    public static FakeReply Text(string text, int inputTokens = 10, int outputTokens = 5) =>
        new TextReply(text, inputTokens, outputTokens);

    /// <summary>Each position lists the chosen token first, then the alternatives; returned exactly as scripted.</summary>
    public static FakeReply WithLogprobs(string text, IReadOnlyList<IReadOnlyList<(string Token, double Logprob)>> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        if (positions.Any(p => p.Count == 0))
        {
            throw new ArgumentException("Every position needs at least the chosen token.", nameof(positions));
        }

        return new LogprobsReply(text, positions);
    }

    /// <summary>
    /// Sends <paramref name="body"/> byte for byte as the answer, whatever the endpoint, so a test can script one
    /// server's exact shape (vLLM, llama.cpp, TGI...) instead of the fake's OpenAI-perfect one.
    /// </summary>
    public static FakeReply Json(string body, int status = 200)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new JsonReply(body, status);
    }

    /// <summary>Retry-After is sent as whole seconds, rounded up.</summary>
    public static FakeReply Status(int statusCode, TimeSpan? retryAfter = null, string? body = null) =>
        new StatusReply(statusCode, retryAfter, body);

    public static FakeReply Truncated() => TruncatedReply.Instance;

    public static FakeReply NonJson() => NonJsonReply.Instance;

    public static FakeReply Slow(TimeSpan delay, FakeReply then)
    {
        ArgumentNullException.ThrowIfNull(then);
        return new SlowReply(delay, then);
    }

    public static FakeReply ResetConnection() => ResetReply.Instance;
}
