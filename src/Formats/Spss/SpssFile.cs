namespace ValueAtlas.Formats.Spss;

/// <summary>Dictionary and header facts of a system file. CaseCount is null when the writer did not record it.</summary>
public sealed record SpssFile(
    string Path,
    string Product,
    bool BigEndian,
    SpssCompression Compression,
    long? CaseCount,
    string EncodingName,
    string CreationDate,
    string CreationTime,
    string FileLabel,
    IReadOnlyList<SpssVariable> Variables,
    IReadOnlyList<string> Documents);
