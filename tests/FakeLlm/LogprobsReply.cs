namespace ValueAtlas.FakeLlm;

internal sealed record LogprobsReply(string Content, IReadOnlyList<IReadOnlyList<(string Token, double Logprob)>> Positions) : FakeReply;
