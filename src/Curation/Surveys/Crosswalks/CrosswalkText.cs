namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>A question's wording per language; en is required, ko names where it comes from.</summary>
public sealed class CrosswalkText
{
    public string En { get; set; } = "";

    public string? Ko { get; set; }

    /// <summary>official, machine_translation or reviewed (see <see cref="KoreanOrigins"/>).</summary>
    public string? KoOrigin { get; set; }

    public string? Zh { get; set; }

    public string? Ja { get; set; }

    public string? De { get; set; }
}
