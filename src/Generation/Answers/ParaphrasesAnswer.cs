namespace ValueAtlas.Generation.Answers;

public sealed record ParaphrasesAnswer(IReadOnlyList<string> Paraphrases);
