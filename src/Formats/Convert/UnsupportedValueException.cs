namespace ValueAtlas.Formats.Convert;

/// <summary>A well-formed input value the chosen output cannot hold; the message names the file, the column, the row and a way out.</summary>
public sealed class UnsupportedValueException(string message) : Exception(message);
