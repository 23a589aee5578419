namespace ValueAtlas.Core.Domain;

public sealed record AnswerOption
{
    public required string Text { get; init; }

    public required Stance Stance { get; init; }
}
