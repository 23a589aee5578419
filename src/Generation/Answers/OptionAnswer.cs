namespace ValueAtlas.Generation.Answers;

/// <summary>An answer option as the model wrote it; the stance is text until <see cref="StanceText"/> reads it.</summary>
public sealed record OptionAnswer(string Text, string Stance);
