namespace ValueAtlas.FakeLlm;

internal sealed record ResetReply : FakeReply
{
    public static ResetReply Instance { get; } = new();
}
