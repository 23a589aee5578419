namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>A missing-value code and what it means.</summary>
public sealed class CrosswalkMissing
{
    /// <summary>The source code as written (a number for numeric variables).</summary>
    public string Code { get; set; } = "";

    /// <summary>One of <see cref="MissingMeanings"/>.</summary>
    public string Meaning { get; set; } = "";

    /// <summary>Shown as the option text of the code's row; the file's value label when null.</summary>
    public string? Label { get; set; }
}
