namespace ValueAtlas.Evaluation.Run;

/// <summary>One row of the <c>skipped</c> table: an input row no model was asked, and why (never dropped silently).</summary>
public sealed record SkippedRow(string Run, string ItemId, string Language, string Reason);
