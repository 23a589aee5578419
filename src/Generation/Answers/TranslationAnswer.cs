namespace ValueAtlas.Generation.Answers;

public sealed record TranslationAnswer(string Topic, string Question, IReadOnlyList<string> Options);
