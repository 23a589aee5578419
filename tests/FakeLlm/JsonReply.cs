namespace ValueAtlas.FakeLlm;

internal sealed record JsonReply(string Body, int StatusCode) : FakeReply;
