namespace ValueAtlas.Formats.Stata;

/// <summary>Where each variable's bytes sit in an observation, and where the observations start in the file.</summary>
internal sealed record StataLayout(StataType[] Types, int[] Offsets, int[] Widths, int RecordLength, long DataStart);
