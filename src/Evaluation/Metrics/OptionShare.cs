namespace ValueAtlas.Evaluation.Metrics;

/// <summary>
/// One option of a survey question's distribution. Options of the two sides match by index when both have one, else
/// by code. <see cref="Position"/> is the option's place on an ordinal scale (harmonize's <c>options.position</c>);
/// null for a nominal question.
/// </summary>
public sealed record OptionShare(int? Index, string? Code, double Share, double? Position = null);
