namespace ValueAtlas.Generation.Answers;

public sealed record TopicAnswer(string Name, string NameEn, string Description, string? DescriptionEn);
