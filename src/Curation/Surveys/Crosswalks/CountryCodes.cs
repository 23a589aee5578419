namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>The ways a country variable's values name countries, as written in <c>country.codes</c>.</summary>
public static class CountryCodes
{
    public const string IsoNumeric = "iso_numeric";
    public const string IsoAlpha2 = "iso_alpha2";
    public const string IsoAlpha3 = "iso_alpha3";

    /// <summary>The value is a country name or alias known to the country registry.</summary>
    public const string Names = "names";

    /// <summary>The value's label in the file's dictionary is a country name or alias.</summary>
    public const string ValueLabels = "value_labels";

    /// <summary>Only the codes listed under <c>country.map</c>.</summary>
    public const string Map = "map";

    public static IReadOnlyList<string> All { get; } = [IsoNumeric, IsoAlpha2, IsoAlpha3, Names, ValueLabels, Map];
}
