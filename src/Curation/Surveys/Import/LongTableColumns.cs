namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// How a long CSV table is read: which header names hold the question, country, option and count or share, and the
/// source id its question ids take (<c>source:question</c>). Exactly one of Count and Share is used; when neither is
/// named, a column called "count" is used if the header has one, else "share".
/// </summary>
public sealed record LongTableColumns(
    string Source,
    string Wave = "",
    string Question = "question",
    string Country = "country",
    string Option = "option",
    string? Count = null,
    string? Share = null);
