namespace ValueAtlas.Formats.Stata;

/// <summary>
/// One variable. Width is the bytes a value takes in an observation (N for strN, 8 for strL). ValueLabelName names
/// the label table the variable uses; ValueLabels is that table, empty when the file does not hold it.
/// </summary>
public sealed record StataVariable(
    string Name,
    string Label,
    StataType Type,
    int Width,
    string Format,
    string ValueLabelName,
    IReadOnlyList<StataValueLabel> ValueLabels)
{
    public bool IsNumeric => Type is not (StataType.Str or StataType.StrL);
}
