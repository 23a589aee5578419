namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>What harmonize.json notes about a row's weight: both notes count the respondent with weight 0.</summary>
public enum WeightNote
{
    None,
    SystemMissing,
    Zero,
}
