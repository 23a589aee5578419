namespace ValueAtlas.FakeLlm;

internal sealed record SlowReply(TimeSpan Delay, FakeReply Then) : FakeReply;
