namespace ValueAtlas.FakeLlm;

internal sealed record NonJsonReply : FakeReply
{
    public static NonJsonReply Instance { get; } = new();
}
