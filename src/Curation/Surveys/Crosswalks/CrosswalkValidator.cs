namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>The rules of a crosswalk file, each naming the YAML path it is about.</summary>
public static class CrosswalkValidator
{
    public static IEnumerable<(string Path, string Message)> Problems(Crosswalk crosswalk)
    {
        if (string.IsNullOrWhiteSpace(crosswalk.Source))
        {
            yield return ("source", "is missing: the source id, e.g. wvs7");
        }
    }
}
