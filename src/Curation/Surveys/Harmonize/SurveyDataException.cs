using ValueAtlas.Core.Config;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>A value in a survey file that stops the run (a negative weight): names the file, the row and the value.</summary>
public sealed class SurveyDataException(string file, long row, string message)
    : ConfigException($"{file}: row {row}: {message}")
{
    public string File { get; } = file;

    public long Row { get; } = row;
}
