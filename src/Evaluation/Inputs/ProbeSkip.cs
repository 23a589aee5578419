namespace ValueAtlas.Evaluation.Inputs;

/// <summary>An input row that was not asked, with why: counted in evaluate.json, never dropped silently.</summary>
/// <param name="ItemId">The item or question id (or "line N" when the row had none).</param>
/// <param name="Language">The language it would have been asked in.</param>
/// <param name="Reason">A short, stable reason such as "fewer than two options" or "no ko wording".</param>
public sealed record ProbeSkip(string ItemId, string Language, string Reason);
