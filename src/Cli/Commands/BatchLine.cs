namespace ValueAtlas.Cli.Commands;

/// <summary>The JSON shape of a `llm batch` input line; the reader reports a line without a prompt with its number.</summary>
public sealed record BatchLine
{
    public string? Id { get; init; }

    public required string Prompt { get; init; }

    public string? System { get; init; }
}
