namespace ValueAtlas.Generation.Answers;

public sealed record QuestionsAnswer(IReadOnlyList<QuestionAnswer> Questions);
