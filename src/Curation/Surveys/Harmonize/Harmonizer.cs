using System.Text.Json;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Core.Config;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Harmonize.Report;
using ValueAtlas.Curation.Surveys.Sources;
using ValueAtlas.Curation.Surveys.Tables;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Curation.Surveys.Harmonize;

/// <summary>
/// <c>valueatlas harmonize</c>: a crosswalk and survey files in, the harmonized tables and harmonize.json out. Every
/// variable is checked in every file before a row is read; everything is written into a temporary folder beside
/// the output folder and moved into place only when the whole run succeeded, so a failure leaves no output.
/// </summary>
public static class Harmonizer
{
    public const string ReportName = "harmonize.json";

    private static readonly JsonSerializerOptions ReportJson = new(ArtifactJson.Options) { WriteIndented = true };

    public static async Task<HarmonizeSummary> RunAsync(HarmonizeRequest request, CountryRegistry registry, CancellationToken cancellationToken)
    {
        var crosswalkFile = CrosswalkLoader.Load(request.Crosswalk);
        var countries = Countries(request.Countries, registry);
        var twice = request.Inputs.GroupBy(Path.GetFullPath, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new ConfigException($"--in {twice.Key} is given {twice.Count()} times; each file is counted once");
        }

        foreach (var input in request.Inputs)
        {
            using var file = SurveyFiles.Open(input, request.CsvEncoding);
            FileVariables.Resolve(crosswalkFile, file);
        }

        // Hashing runs beside the pass; a failed pass stops it rather than waiting for a large file to be read through.
        using var hashing = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var digests = request.Inputs.Select(i => FileDigest.StartAsync(i, hashing.Token)).ToList();
        var crosswalkDigest = FileDigest.StartAsync(request.Crosswalk, hashing.Token);
        try
        {
            var summary = await SurveyOutput.WriteAsync(request.Out, async (temp, ct) =>
            {
                var (summary, report) = await WriteAsync(request, crosswalkFile, countries, registry, temp, digests, crosswalkDigest, ct).ConfigureAwait(false);
                await File.WriteAllTextAsync(Path.Combine(temp, ReportName), JsonSerializer.Serialize(report, ReportJson) + "\n", ct).ConfigureAwait(false);
                return summary;
            }, cancellationToken).ConfigureAwait(false);
            return summary with { Report = Path.Combine(request.Out, ReportName) };
        }
        catch
        {
            await hashing.CancelAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            // Hashing may still read the inputs after a failure; let it end before leaving.
            await Task.WhenAll(digests.Append(crosswalkDigest)).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
        }
    }

    private static async Task<(HarmonizeSummary, HarmonizeReport)> WriteAsync(
        HarmonizeRequest request,
        CrosswalkFile crosswalkFile,
        HashSet<string>? countries,
        CountryRegistry registry,
        string temp,
        List<Task<ReportFile>> digests,
        Task<ReportFile> crosswalkDigest,
        CancellationToken cancellationToken)
    {
        var crosswalk = crosswalkFile.Crosswalk;
        await using var respondents = request.Respondents
            ? new TableSink<RespondentRow>(temp, SurveyTables.Respondents, SurveyTables.RespondentColumns, request.Format)
            : null;
        var pass = new HarmonizePass(crosswalkFile, registry, countries, respondents);
        var rowsPerFile = new List<long>();
        foreach (var input in request.Inputs)
        {
            using var file = SurveyFiles.Open(input, request.CsvEncoding);
            rowsPerFile.Add(await pass.ReadAsync(file, cancellationToken).ConfigureAwait(false));
        }

        if (respondents is not null)
        {
            await respondents.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var distributions = Distributions.From(crosswalk, pass.Questions, pass.Tallies);
        await TableSink<QuestionRow>.WriteAsync(temp, SurveyTables.Questions, SurveyTables.QuestionColumns, QuestionRows(crosswalk), request.Format, cancellationToken).ConfigureAwait(false);
        await TableSink<OptionRow>.WriteAsync(temp, SurveyTables.Options, SurveyTables.OptionColumns, OptionRows(crosswalk), request.Format, cancellationToken).ConfigureAwait(false);
        await TableSink<DistributionRow>.WriteAsync(temp, SurveyTables.Distributions, SurveyTables.DistributionColumns, distributions.Rows, request.Format, cancellationToken).ConfigureAwait(false);

        var inputs = new List<ReportFile>();
        for (var i = 0; i < digests.Count; i++)
        {
            inputs.Add((await digests[i].ConfigureAwait(false)) with { Rows = rowsPerFile[i] });
        }

        var unmappedCountries = pass.UnmappedCountries.OrderByDescending(c => c.Rows).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
        var report = new HarmonizeReport(
            crosswalk.Source,
            crosswalk.Wave,
            await crosswalkDigest.ConfigureAwait(false),
            inputs,
            countries?.Order(StringComparer.Ordinal).ToList(),
            pass.RowsRead,
            pass.RowsOutsideCountries,
            unmappedCountries,
            [.. pass.Tallies.OrderBy(t => t.Country, StringComparer.Ordinal).Select(t => new ReportWeights(t.Country, t.Rows, t.WeightMissing, t.WeightZero))],
            distributions.UnmappedCodes,
            distributions.NotAsked,
            distributions.Counts);
        var summary = new HarmonizeSummary(
            crosswalk.Questions.Count,
            pass.Tallies.Count,
            pass.RowsRead,
            distributions.Rows.Count,
            respondents?.Rows ?? 0,
            distributions.UnmappedCodes.Count,
            unmappedCountries.Count,
            unmappedCountries.Sum(c => c.Rows),
            distributions.NotAsked.Count,
            ReportName);
        return (summary, report);
    }

    private static HashSet<string>? Countries(IReadOnlyList<string>? codes, CountryRegistry registry)
    {
        if (codes is null || codes.Count == 0)
        {
            return null;
        }

        var unknown = codes.Where(c => !registry.TryGet(c.Trim(), out _)).ToList();
        if (unknown.Count > 0)
        {
            throw new ConfigException($"--countries: {string.Join(", ", unknown)} is not an ISO 3166 alpha-2 or alpha-3 country code");
        }

        return [.. codes.Select(c => registry.Get(c.Trim()).Alpha2)];
    }

    private static IEnumerable<QuestionRow> QuestionRows(Crosswalk crosswalk) => crosswalk.Questions.Select(q => new QuestionRow(
        crosswalk.QuestionId(q), crosswalk.Source, crosswalk.Wave, q.SourceVariable, q.Text.En, q.Text.Ko, q.Text.KoOrigin, q.Ordinal ?? false));

    private static IEnumerable<OptionRow> OptionRows(Crosswalk crosswalk) => crosswalk.Questions.SelectMany(q => q.Options.Select((o, i) => new OptionRow(
        crosswalk.QuestionId(q), i, string.Join('|', o.Codes.Select(SourceCode.Normalize)), o.En, o.Ko, o.Position)));
}
