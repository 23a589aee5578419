using System.Globalization;
using ValueAtlas.Curation.Surveys.Tables;

namespace ValueAtlas.Curation.Tests.Surveys.Harmonize;

/// <summary>Reads the CSV copy of the distributions table back into rows, by the header's column names.</summary>
internal static class DistributionsCsv
{
    public static List<DistributionRow> Read(string path)
    {
        var rows = CsvRows.Parse(File.ReadAllText(path));
        var header = rows[0].Select(c => c!).ToList();
        string? Get(string?[] row, string column) => row[header.IndexOf(column)] is { Length: > 0 } text ? text : null;
        double? D(string?[] row, string column) => Get(row, column) is { } text ? double.Parse(text, CultureInfo.InvariantCulture) : null;
        long? L(string?[] row, string column) => Get(row, column) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : null;
        return [.. rows.Skip(1).Select(r => new DistributionRow(
            Get(r, "source")!,
            Get(r, "wave")!,
            Get(r, "country")!,
            Get(r, "question_id")!,
            (int?)L(r, "option_index"),
            Get(r, "option_code"),
            Get(r, "option_text"),
            Get(r, "is_missing") == "true",
            Get(r, "missing_meaning"),
            L(r, "n"),
            D(r, "weighted_n"),
            D(r, "share")!.Value,
            D(r, "weighted_share"),
            L(r, "valid_n"),
            L(r, "total_n"),
            D(r, "effective_n")))];
    }
}
