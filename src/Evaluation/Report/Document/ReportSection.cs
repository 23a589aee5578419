namespace ValueAtlas.Evaluation.Report.Document;

/// <summary>A numbered part of the report; <see cref="Id"/> is its anchor (#answer, #countries, …).</summary>
public sealed record ReportSection(string Id, BiText Heading, IReadOnlyList<ReportBlock> Blocks);
