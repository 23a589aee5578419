namespace ValueAtlas.Curation.Review.Exchange;

/// <summary>A problem at a spreadsheet row (the header is row 1), printed as <c>FILE:ROW: message</c>.</summary>
public sealed record SheetError(int Row, string Message)
{
    public string Format(string file) => $"{file}:{Row}: {Message}";
}
