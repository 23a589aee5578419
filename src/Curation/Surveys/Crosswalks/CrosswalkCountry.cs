namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>The country variable and how its codes become ISO 3166 alpha-2 codes.</summary>
public sealed class CrosswalkCountry
{
    public string Variable { get; set; } = "";

    /// <summary>iso_numeric, iso_alpha2, iso_alpha3, names, value_labels or map (see <see cref="CountryCodes"/>).</summary>
    public string Codes { get; set; } = "";

    /// <summary>Source code (as text) → alpha-2; wins over <see cref="Codes"/> for the codes it lists.</summary>
    public Dictionary<string, string>? Map { get; set; }
}
