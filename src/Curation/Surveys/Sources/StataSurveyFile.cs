using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>
/// A Stata .dta file (117–119) through the reader's reused row. Stata's extended missing values .a–.z read as the
/// text codes ".a"…".z", declared missing for every numeric variable, so a crosswalk can give them meanings
/// (ISSP and the Asian Barometer use them for "can't choose" and "refused") and are never taken for answers.
/// </summary>
public sealed class StataSurveyFile : ISurveyFile
{
    // ".a" … ".z", made once: a survey file holds them in many cells.
    private static readonly string[] ExtendedCodes = [.. Enumerable.Range('a', 26).Select(c => "." + (char)c)];

    private static readonly SurveyMissingCodes Extended = new(ExtendedCodes.ToHashSet(StringComparer.Ordinal), null, null);

    private readonly RowCursor<StataRow> _rows;

    private StataSurveyFile(StataReader reader)
    {
        Path = reader.File.Path;
        _rows = new RowCursor<StataRow>(reader);
        Variables = [.. reader.File.Variables.Select(Variable)];
    }

    public string Path { get; }

    public IReadOnlyList<SurveyVariable> Variables { get; }

    public long Row => _rows.Row;

    public static StataSurveyFile Open(string path) => RowCursor<StataRow>.Adopt(StataReader.Open(path), r => new StataSurveyFile(r));

    public bool Next() => _rows.Next();

    public SurveyCell Cell(int variable, out double number)
    {
        var row = _rows.Current!;
        number = double.NaN;
        switch (row.Kind(variable))
        {
            case StataValueKind.Number:
                number = row.Number(variable);
                return SurveyCell.Number;
            case StataValueKind.ExtendedMissing:
                return SurveyCell.Text;
            case StataValueKind.Text:
                return TextCell.Classify(row.Text(variable), out number);
            default:
                return SurveyCell.Empty;
        }
    }

    public string Text(int variable)
    {
        var row = _rows.Current!;
        return row.Kind(variable) switch
        {
            StataValueKind.Number => SourceCode.Of(row.Number(variable)),
            StataValueKind.ExtendedMissing => ExtendedCodes[row.Missing(variable)!.Value.Letter - 'a'],
            StataValueKind.Text => row.Text(variable).Trim(),
            _ => "",
        };
    }

    public void Dispose() => _rows.Dispose();

    private static SurveyVariable Variable(StataVariable variable)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var label in variable.ValueLabels)
        {
            if (Code(label.Code) is { } code)
            {
                labels.TryAdd(code, label.Label);
            }
        }

        return new SurveyVariable(
            variable.Name,
            variable.Label.Length == 0 ? null : variable.Label,
            variable.IsNumeric,
            labels,
            variable.IsNumeric ? Extended : SurveyMissingCodes.None);
    }

    private static string? Code(object? code) => code switch
    {
        double number => SourceCode.Of(number),
        StataMissing missing => missing.ToString(),
        _ => null,
    };
}
