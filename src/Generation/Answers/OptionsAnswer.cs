using System.Text.Json.Serialization;

namespace ValueAtlas.Generation.Answers;

[JsonConverter(typeof(OptionsAnswerConverter))]
public sealed record OptionsAnswer(IReadOnlyList<OptionAnswer> Options);
