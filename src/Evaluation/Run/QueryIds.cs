using ValueAtlas.Core.Prompts;

namespace ValueAtlas.Evaluation.Run;

/// <summary>A query's id: a hash of what identifies it, so the same config gives the same ids on every run.</summary>
internal static class QueryIds
{
    public static string For(params string?[] parts) =>
        "q" + PromptHash.Sha256Hex(string.Join('\u001f', parts.Select(p => p ?? "")))[..16];
}
