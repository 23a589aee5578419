namespace ValueAtlas.Formats.Spss;

/// <summary>
/// A type 2 record as stored; Width -1 marks a continuation of the previous string. Name and label are held as
/// Latin-1 so the bytes survive until the file encoding (a later record) is known.
/// </summary>
internal sealed record RawVariable(
    long Offset,
    int Slot,
    int Width,
    string ShortName,
    string? Label,
    int MissingCode,
    IReadOnlyList<byte[]> MissingValues,
    int PrintFormat,
    int WriteFormat);
