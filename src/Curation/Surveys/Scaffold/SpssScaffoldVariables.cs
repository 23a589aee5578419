using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Curation.Surveys.Scaffold;

/// <summary>An SPSS dictionary as scaffold variables.</summary>
public static class SpssScaffoldVariables
{
    public static IReadOnlyList<ScaffoldVariable> From(SpssFile file) =>
        [.. file.Variables.Select(v => new ScaffoldVariable(
            v.Name,
            v.Label,
            v.IsString,
            [.. v.ValueLabels
                .OrderBy(l => l.Value.Number ?? double.MaxValue).ThenBy(l => l.Value.Text, StringComparer.Ordinal)
                .Select(l => KeyValuePair.Create(Code(l.Value), l.Label))],
            [.. v.MissingValues.Discrete.Select(Code)],
            v.MissingValues.HasRange ? (v.MissingValues.RangeLow!.Value, v.MissingValues.RangeHigh!.Value) : null))];

    private static string Code(SpssValue value) =>
        value.Number is { } number ? SourceCode.Of(number) : (value.Text ?? "").Trim();
}
