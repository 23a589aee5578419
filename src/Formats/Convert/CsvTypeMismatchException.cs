namespace ValueAtlas.Formats.Convert;

/// <summary>A value past the sampled rows that does not fit the type the sample gave its column; the conversion starts over.</summary>
internal sealed class CsvTypeMismatchException(string column, long line)
    : Exception($"column '{column}' on line {line} does not fit the type inferred from the sampled rows");
