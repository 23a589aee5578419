namespace ValueAtlas.Curation.Review.Agreement;

/// <summary>
/// Agreement within one slice of a queue (the whole queue, a unit kind, a language or a country).
/// <see cref="Decision"/> treats approve, edit and reject as three labels; <see cref="Acceptance"/>
/// counts an edit as approval (accept vs reject), which is what decides whether an item is released.
/// </summary>
public sealed record AgreementGroup(string Dimension, string Value, AgreementSummary Decision, AgreementSummary Acceptance);
