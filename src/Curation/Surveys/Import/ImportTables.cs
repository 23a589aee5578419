using ValueAtlas.Curation.Surveys.Tables;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>The three harmonized tables and the report of one import, built whole before anything is written.</summary>
public sealed record ImportTables(
    IReadOnlyList<QuestionRow> Questions,
    IReadOnlyList<OptionRow> Options,
    IReadOnlyList<DistributionRow> Distributions,
    ImportReport Report);
