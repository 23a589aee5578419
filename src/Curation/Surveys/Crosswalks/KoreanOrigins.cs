namespace ValueAtlas.Curation.Surveys.Crosswalks;

/// <summary>Where a question's Korean wording comes from (text.ko_origin).</summary>
public static class KoreanOrigins
{
    /// <summary>The survey's own Korean questionnaire.</summary>
    public const string Official = "official";

    public const string MachineTranslation = "machine_translation";

    /// <summary>Machine-translated, then checked by a person.</summary>
    public const string Reviewed = "reviewed";

    public static IReadOnlyList<string> All { get; } = [Official, MachineTranslation, Reviewed];
}
