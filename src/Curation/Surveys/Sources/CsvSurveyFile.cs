using System.Text;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;

namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>
/// A CSV file with a header of variable names (UTF-8 by default, CP949 when named). CSV has no dictionary: no value
/// labels, no declared missing codes, and a cell is a number whenever it parses as one.
/// </summary>
public sealed class CsvSurveyFile : ISurveyFile
{
    private readonly StreamReader _text;
    private readonly CsvRecordReader _records;

    private CsvSurveyFile(string path, StreamReader text)
    {
        Path = path;
        _text = text;
        _records = new CsvRecordReader(text, path);
        var header = _records.Read() ?? throw new FileFormatException(path, 0, "a header line of variable names, but the file is empty");
        CsvSource.CheckHeader(path, header);
        Variables = [.. header.Select(name => new SurveyVariable(name.Trim(), null, true, new Dictionary<string, string>(), SurveyMissingCodes.None))];
    }

    public string Path { get; }

    public IReadOnlyList<SurveyVariable> Variables { get; }

    public long Row { get; private set; }

    /// <param name="path">The CSV file.</param>
    /// <param name="encoding">UTF-8 when null (and then checked byte by byte); CP949 for legacy Korean files.</param>
    public static CsvSurveyFile Open(string path, Encoding? encoding)
    {
        var text = CsvSource.Open(path, encoding);
        try
        {
            return new CsvSurveyFile(path, text);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public bool Next()
    {
        if (!_records.Next())
        {
            return false;
        }

        Row++;
        if (_records.Count != Variables.Count)
        {
            throw new FileFormatException(Path, _records.RecordOffset, $"{Variables.Count} fields as the header has on row {Row} (line {_records.Line - 1}), but it has {_records.Count}");
        }

        return true;
    }

    public SurveyCell Cell(int variable, out double number) => TextCell.Classify(_records[variable], out number);

    public string Text(int variable) => _records[variable].Trim().ToString();

    public void Dispose() => _text.Dispose();
}
