namespace ValueAtlas.Cli.Commands;

/// <summary>One line of a `llm batch` input file.</summary>
public sealed record BatchPrompt(string Id, string Prompt, string? System, int Line);
