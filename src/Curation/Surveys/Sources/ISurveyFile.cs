namespace ValueAtlas.Curation.Surveys.Sources;

/// <summary>
/// A survey file read once, row after row, with typed access to the current row's cells and no value boxed. A cell
/// that holds a number written as text (a CSV field, an SPSS string "1") reads as a number, so codes compare as
/// numbers whatever the file stored them as. Bad data throws <see cref="Formats.FileFormatException"/>.
/// </summary>
public interface ISurveyFile : IDisposable
{
    /// <summary>The file as messages name it.</summary>
    string Path { get; }

    IReadOnlyList<SurveyVariable> Variables { get; }

    /// <summary>The 1-based number of the current data row (the header of a CSV is not a row).</summary>
    long Row { get; }

    /// <summary>Moves to the next row; false after the last.</summary>
    bool Next();

    /// <summary>The current row's cell of a variable; <paramref name="number"/> is set for <see cref="SurveyCell.Number"/>.</summary>
    SurveyCell Cell(int variable, out double number);

    /// <summary>The current row's cell as trimmed text ("" when empty; a number in its stored or shortest form).</summary>
    string Text(int variable);
}
