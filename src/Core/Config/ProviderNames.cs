namespace ValueAtlas.Core.Config;

public static class ProviderNames
{
    public const string OpenAI = "openai";
    public const string OpenAICompletions = "openai-completions";
    public const string Anthropic = "anthropic";

    public static readonly IReadOnlyList<string> All = [OpenAI, OpenAICompletions, Anthropic];
}
