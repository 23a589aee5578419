namespace ValueAtlas.Generation.Answers;

public sealed record QuestionAnswer(string Text, string? TextEn);
