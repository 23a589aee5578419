namespace ValueAtlas.FakeLlm;

internal sealed record StatusReply(int StatusCode, TimeSpan? RetryAfter, string? Body) : FakeReply;
