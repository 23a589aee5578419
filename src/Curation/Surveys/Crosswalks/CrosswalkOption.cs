namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>One harmonized option: the source codes it takes (several = collapsed), its wording and scale position.</summary>
public sealed class CrosswalkOption
{
    public List<string> Codes { get; set; } = [];

    public string En { get; set; } = "";

    public string? Ko { get; set; }

    /// <summary>Required for ordinal questions.</summary>
    public double? Position { get; set; }
}
