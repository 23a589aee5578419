using System.Text;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// What to harmonize: a crosswalk, one or more survey files of that source (read one after another, e.g. waves split
/// across files), the output folder, and optionally the countries to keep (ISO alpha-2 or alpha-3).
/// </summary>
public sealed record HarmonizeRequest(
    string Crosswalk,
    IReadOnlyList<string> Inputs,
    string Out,
    IReadOnlyList<string>? Countries = null,
    bool Respondents = false,
    TableFormat Format = TableFormat.Parquet,
    Encoding? CsvEncoding = null);
