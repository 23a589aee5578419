namespace ValueAtlas.Generation.Answers;

public sealed record TopicsAnswer(IReadOnlyList<TopicAnswer> Topics);
