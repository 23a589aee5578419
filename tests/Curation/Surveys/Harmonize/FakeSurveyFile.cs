using ValueAtlas.Curation.Surveys.Sources;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>A survey file held in memory: rows of text cells read as a CSV would read them, with optional value labels.</summary>
internal sealed class FakeSurveyFile(string[] names, string[][] rows, IReadOnlyDictionary<string, string>? firstVariableLabels = null) : ISurveyFile
{
    public string Path => "fake.sav";

    public IReadOnlyList<SurveyVariable> Variables { get; } =
        [.. names.Select((n, i) => new SurveyVariable(n, null, true, i == 0 && firstVariableLabels is not null ? firstVariableLabels : new Dictionary<string, string>(), SurveyMissingCodes.None))];

    public long Row { get; private set; }

    public bool Next()
    {
        if (Row == rows.Length)
        {
            return false;
        }

        Row++;
        return true;
    }

    public SurveyCell Cell(int variable, out double number)
    {
        var text = Text(variable);
        if (text.Length == 0)
        {
            number = 0;
            return SurveyCell.Empty;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out number) ? SurveyCell.Number : SurveyCell.Text;
    }

    public string Text(int variable) => rows[Row - 1][variable].Trim();

    public void Dispose()
    {
    }
}
