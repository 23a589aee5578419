namespace ValueAtlas.Formats.Spss;

/// <summary>
/// One variable as a user sees it: very long strings are already joined, so Width can exceed 255.
/// Name is the long name when the file has one; ShortName is the 8-byte name from the variable record.
/// </summary>
public sealed record SpssVariable(
    string Name,
    string ShortName,
    string? Label,
    SpssVariableType Type,
    int Width,
    SpssFormat PrintFormat,
    SpssFormat WriteFormat,
    SpssMeasure Measure,
    IReadOnlyList<SpssValueLabel> ValueLabels,
    SpssMissingValues MissingValues)
{
    public bool IsString => Type == SpssVariableType.String;
}
