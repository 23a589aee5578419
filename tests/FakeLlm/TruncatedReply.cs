namespace ValueAtlas.FakeLlm;

internal sealed record TruncatedReply : FakeReply
{
    public static TruncatedReply Instance { get; } = new();
}
