using ValueAtlas.Core.Domain;

namespace ValueAtlas.Evaluation.Inputs;

/// <summary>
/// One answer option of a probe, in source order: <see cref="Index"/> is its place in the item's (or harmonized
/// question's) option list, whatever letter a shuffled prompt gives it.
/// </summary>
/// <param name="Index">0-based position in the source's option list; the key the distributions table keeps.</param>
/// <param name="Text">The option's wording in the probe's language.</param>
/// <param name="Stance">The option's stance toward the topic (items and PVQ); null for survey questions.</param>
/// <param name="Code">The survey's own code for the option (harmonized <c>options.option_code</c>); null for items.</param>
public sealed record ProbeOption(int Index, string Text, Stance? Stance = null, string? Code = null);
