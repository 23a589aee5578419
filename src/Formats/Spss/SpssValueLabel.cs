namespace ValueAtlas.Formats.Spss;

public sealed record SpssValueLabel(SpssValue Value, string Label);
