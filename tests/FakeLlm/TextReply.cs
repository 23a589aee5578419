namespace ValueAtlas.FakeLlm;

internal sealed record TextReply(string Content, int InputTokens, int OutputTokens) : FakeReply;
