namespace ValueAtlas.FakeLlm;

internal enum ApiDialect
{
    OpenAIChat,
    OpenAICompletions,
    AnthropicMessages,
}
