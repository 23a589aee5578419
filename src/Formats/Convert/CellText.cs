namespace ValueAtlas.Formats.Convert;

/// <summary>The text of one cell of the current row, or null for no value; <paramref name="isNumber"/> when it is a bare number.</summary>
public delegate string? CellText(int column, out bool isNumber);
