namespace ValueAtlas.Formats.Convert;

/// <param name="Labels">Write value labels instead of codes where a label exists.</param>
/// <param name="UserMissingAsNull">Write user-missing codes as empty/null instead of keeping them.</param>
public sealed record SpssTextOptions(bool Labels, bool UserMissingAsNull);
