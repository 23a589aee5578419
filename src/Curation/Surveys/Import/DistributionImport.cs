using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Tables;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Surveys.Import;

/// <summary>
/// Turns what an import read into the harmonized questions, options and distributions tables. Every country name must
/// map: the names that do not are refused together, before anything is written. Counts give share = n / valid_n (valid_n
/// = the counts' sum); shares are kept as given and a (question, country) whose shares miss 1 by more than rounding
/// explains is flagged (share_sum_off) and listed. Every option is substantive (is_missing false): GlobalOpinionQA
/// counts "Don't know" as an option, and a counts table lists no missing codes.
/// </summary>
public static class DistributionImport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <exception cref="ConfigException">A country name maps to no country, or a (question, country) is given twice.</exception>
    public static ImportTables Build(ImportedSet set, CountryRegistry registry)
    {
        var countries = MapCountries(set, registry);
        var byId = new Dictionary<string, ImportedQuestion>(StringComparer.Ordinal);
        foreach (var question in set.Questions)
        {
            if (!byId.TryAdd(question.Id, question))
            {
                throw new ConfigException($"question {question.Id} is given twice in the input; each question once, with all its countries");
            }
        }

        var questions = set.Questions.Select(q => new QuestionRow(q.Id, set.Source, q.Wave, q.Variable, q.TextEn, q.TextKo, q.TextKoOrigin, q.Ordinal)).ToList();
        var options = set.Questions.SelectMany(q => q.Options.Select((o, i) => new OptionRow(q.Id, i, o.Code, o.TextEn, o.TextKo, o.Position))).ToList();
        var rows = new List<DistributionRow>();
        var flagged = new List<FlaggedSum>();
        var empty = new List<string>();
        var seen = new Dictionary<(string, string, string), string>();
        var twice = new List<string>();
        foreach (var answers in set.Answers)
        {
            var country = countries[answers.CountryName];
            var wave = answers.Wave;
            var sample = CountryNames.Qualifier(answers.CountryName);
            if (!seen.TryAdd((answers.QuestionId, country, sample), answers.Where))
            {
                twice.Add($"{answers.QuestionId} in {country} ({answers.CountryName}): {seen[(answers.QuestionId, country, sample)]} and {answers.Where}");
                continue;
            }

            var question = byId[answers.QuestionId];
            var head = new DistributionRow(set.Source, wave, country, question.Id, null, null, null, false, null, null, null, 0, null, null, null, null)
            {
                Sample = sample.Length == 0 ? null : sample,
            };
            if (answers.Cells.All(c => c.Count is not null))
            {
                var valid = answers.Cells.Sum(c => c.Count!.Value);
                if (valid == 0)
                {
                    empty.Add($"{question.Id} in {country} ({answers.CountryName})");
                    continue;
                }

                rows.AddRange(answers.Cells.Select(c => Row(head, question, c) with { N = c.Count, Share = (double)c.Count!.Value / valid, ValidN = valid }));
            }
            else
            {
                var sum = answers.Cells.Sum(c => c.Share ?? 0);
                var off = ShareSum.IsOff(sum, question.Options.Count);
                if (off)
                {
                    flagged.Add(new FlaggedSum(question.Id, country, answers.CountryName, wave, sample, sum, ShareSum.Tolerance(question.Options.Count)));
                }

                rows.AddRange(answers.Cells.Select(c => Row(head, question, c) with { Share = c.Share ?? 0, ShareSumOff = off }));
            }
        }

        if (twice.Count > 0)
        {
            throw new ConfigException($"{set.File}: {twice.Count} (question, country) pairs are given twice, so their answers would mix:\n  " + string.Join("\n  ", twice));
        }

        var report = new ImportReport(
            set.Source,
            Path.GetFileName(set.File),
            Sha256(set.File),
            set.RowsRead,
            questions.Count,
            options.Count,
            rows.Count,
            countries.Values.Distinct(StringComparer.Ordinal).Count(),
            new SortedDictionary<string, string>(countries, StringComparer.Ordinal),
            flagged,
            empty);
        return new ImportTables(questions, options, rows, report);
    }

    /// <summary>Writes questions, options, distributions (Parquet, and CSV copies on request) and harmonize.json into the folder.</summary>
    public static async Task WriteAsync(ImportTables tables, string folder, TableFormat format, CancellationToken cancellationToken)
    {
        await SurveyOutput.WriteAsync(folder, async (temp, ct) =>
        {
            await WriteTablesAsync(tables, temp, format, ct).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTablesAsync(ImportTables tables, string folder, TableFormat format, CancellationToken cancellationToken)
    {
        await TableSink<QuestionRow>.WriteAsync(folder, SurveyTables.Questions, SurveyTables.QuestionColumns, tables.Questions, format, cancellationToken).ConfigureAwait(false);
        await TableSink<OptionRow>.WriteAsync(folder, SurveyTables.Options, SurveyTables.OptionColumns, tables.Options, format, cancellationToken).ConfigureAwait(false);
        await TableSink<DistributionRow>.WriteAsync(folder, SurveyTables.Distributions, SurveyTables.DistributionColumns, tables.Distributions, format, cancellationToken).ConfigureAwait(false);
        var json = JsonSerializer.Serialize(tables.Report, Json) + "\n";
        await AtomicFile.WriteAllTextAsync(Path.Combine(folder, "harmonize.json"), json, cancellationToken).ConfigureAwait(false);
    }

    private static DistributionRow Row(DistributionRow head, ImportedQuestion question, ImportedCell cell)
    {
        var option = question.Options[cell.OptionIndex];
        return head with { OptionIndex = cell.OptionIndex, OptionCode = option.Code, OptionText = option.TextEn };
    }

    private static Dictionary<string, string> MapCountries(ImportedSet set, CountryRegistry registry)
    {
        var names = new CountryNames(registry);
        var mapped = new Dictionary<string, string>(StringComparer.Ordinal);
        var unmapped = new Dictionary<string, (int Rows, string First)>(StringComparer.Ordinal);
        foreach (var answers in set.Answers)
        {
            var name = answers.CountryName;
            if (mapped.ContainsKey(name))
            {
                continue;
            }

            if (names.TryMap(name, out var country))
            {
                mapped[name] = country.Alpha2;
            }
            else
            {
                unmapped[name] = unmapped.TryGetValue(name, out var seen) ? (seen.Rows + 1, seen.First) : (1, answers.Where);
            }
        }

        if (unmapped.Count > 0)
        {
            var list = unmapped.OrderBy(u => u.Key, StringComparer.Ordinal)
                .Select(u => string.Create(CultureInfo.InvariantCulture, $"\"{u.Key}\" ({u.Value.Rows} {(u.Value.Rows == 1 ? "entry" : "entries")}, first at {u.Value.First}; {registry.DescribeClosest(u.Key)})"));
            throw new ConfigException(
                $"{set.File}: {unmapped.Count} country {(unmapped.Count == 1 ? "name maps" : "names map")} to no country of the registry, so nothing was written ({CountryRegistry.WhereToAdd}):\n  "
                + string.Join("\n  ", list));
        }

        return mapped;
    }

    private static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
