using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Domain;

namespace ValueAtlas.Generation.Import;

/// <summary>Imported rows, their topics, and every line that could not be imported with its file, line and reason.</summary>
public sealed record ImportResult(IReadOnlyList<Question> Items, IReadOnlyList<Topic> Topics, IReadOnlyList<JsonlError> Quarantined);
