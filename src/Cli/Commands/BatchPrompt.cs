using Microsoft.Extensions.AI;

namespace ValueAtlas.Cli.Commands;

/// <summary>One prompt: a line of a `llm batch` input file, or the prompt of `llm ask`.</summary>
public sealed record BatchPrompt(string Id, string Prompt, string? System)
{
    public List<ChatMessage> Messages() => System is { } system
        ? [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, Prompt)]
        : [new ChatMessage(ChatRole.User, Prompt)];
}
