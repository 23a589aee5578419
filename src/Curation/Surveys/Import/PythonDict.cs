namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>A Python dict literal's entries in the order written (insertion order is meaningful: it is the file's).</summary>
public sealed record PythonDict(IReadOnlyList<KeyValuePair<object?, object?>> Entries);
