using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>An SPSS .sav or .zsav file through the reader's reused row buffer: strings are decoded only when read.</summary>
public sealed class SpssSurveyFile : ISurveyFile
{
    private readonly RowCursor<SpssRow> _rows;
    private readonly bool[] _isString;

    private SpssSurveyFile(SpssReader reader)
    {
        Path = reader.File.Path;
        _rows = new RowCursor<SpssRow>(reader);
        Variables = [.. reader.File.Variables.Select(Variable)];
        _isString = [.. reader.File.Variables.Select(v => v.IsString)];
    }

    public string Path { get; }

    public IReadOnlyList<SurveyVariable> Variables { get; }

    public long Row => _rows.Row;

    public static SpssSurveyFile Open(string path) => RowCursor<SpssRow>.Adopt(SpssReader.Open(path), r => new SpssSurveyFile(r));

    public bool Next() => _rows.Next();

    public SurveyCell Cell(int variable, out double number)
    {
        var row = _rows.Current!;
        if (_isString[variable])
        {
            return TextCell.Classify(row.Text(variable), out number);
        }

        number = row.Number(variable);
        return row.IsSystemMissing(variable) ? SurveyCell.Empty : SurveyCell.Number;
    }

    public string Text(int variable)
    {
        var row = _rows.Current!;
        if (_isString[variable])
        {
            return row.Text(variable).Trim();
        }

        return row.IsSystemMissing(variable) ? "" : SourceCode.Of(row.Number(variable));
    }

    public void Dispose() => _rows.Dispose();

    private static SurveyVariable Variable(SpssVariable variable)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in variable.ValueLabels)
        {
            labels.TryAdd(Code(label.Value), label.Label);
        }

        var missing = variable.MissingValues;
        return new SurveyVariable(
            variable.Name,
            variable.Label,
            !variable.IsString,
            labels,
            missing.IsEmpty
                ? SurveyMissingCodes.None
                : new SurveyMissingCodes(missing.Discrete.Select(Code).ToHashSet(StringComparer.Ordinal), missing.RangeLow, missing.RangeHigh));
    }

    private static string Code(SpssValue value) => value.Number is { } number ? SourceCode.Of(number) : SourceCode.Normalize(value.Text ?? "");
}
