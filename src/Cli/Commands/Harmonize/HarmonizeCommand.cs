using System.CommandLine;
using System.Globalization;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Harmonize;
using ValueAtlas.Curation.Surveys.Sources;
using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Cli.Commands.Harmonize;

/// <summary>
/// <c>valueatlas harmonize --crosswalk FILE --in FILE… --out DIR</c>: survey answers as question-level distributions.
/// The command's own action and its subcommands (scaffold, import …) live side by side: its options are not
/// required by the parser, so <c>harmonize scaffold FILE</c> parses without them, and the action checks them.
/// </summary>
public static class HarmonizeCommand
{
    public static Command Create()
    {
        var crosswalk = new Option<FileInfo?>("--crosswalk") { Description = "The source's crosswalk YAML (datasets/surveys/*.yaml; format in datasets/surveys/README.md)." };
        var inputs = new Option<FileInfo[]>("--in")
        {
            Description = "A survey file of that source: .sav, .zsav, Stata .dta (117-119) or .csv (UTF-8 with a header). Repeat for a source split across files; all are counted together.",
            AllowMultipleArgumentsPerToken = false,
        };
        var output = new Option<DirectoryInfo?>("--out") { Description = "The folder to write the tables and harmonize.json into (created if needed; files of the same names are replaced)." };
        var countries = new Option<string?>("--countries") { Description = "Keep only these countries: comma-separated ISO 3166 alpha-2 or alpha-3 codes, e.g. KR,US,JP." };
        var respondents = new Option<bool>("--respondents") { Description = "Also write the long respondents table (one row per respondent and question)." };
        var format = new Option<string>("--format") { Description = "parquet, or csv for a CSV copy of every table beside its Parquet file.", DefaultValueFactory = _ => "parquet" };
        var encoding = new Option<string?>("--encoding") { Description = $"CSV input: the text encoding, {CsvSource.EncodingNames}. By default UTF-8, and a file that is not valid UTF-8 is refused." };
        var command = new Command("harmonize", """
            Turn survey files into question-level answer distributions per country, by a crosswalk (the source's
            country, weight and respondent-id variables, missing codes, and per question its wording and the options'
            source codes). One streaming pass; memory does not grow with the number of respondents. Writes to --out:
              questions.parquet      question_id (source:id), source, wave, variable, text_en, text_ko, text_ko_origin, ordinal
              options.parquet        question_id, option_index, option_code (collapsed codes joined with '|'), text_en, text_ko, position
              distributions.parquet  per country, question and option or missing code: n, weighted_n, share, weighted_share,
                                     valid_n, total_n, effective_n (Kish). An option's share is n / valid_n; a missing code's
                                     (don't know, refused, …, declared_missing, system_missing, unmapped) is n / total_n
              respondents.parquet    with --respondents: country, respondent_id, question_id, option_index or missing_code, weight
              harmonize.json         counts per question and country, codes no option covers, weights missing or 0,
                                     questions with no valid answer in a country, unmapped country codes, input hashes
            A code the crosswalk does not cover is never dropped: it gets its own row (missing_meaning unmapped) and is
            listed. Nothing is written unless the whole run succeeds.
            Exit codes: 0 ok, 2 bad input (a crosswalk error names file:line and YAML path; a data error names the file
            and the byte offset or row).
            """)
        {
            crosswalk,
            inputs,
            output,
            countries,
            respondents,
            format,
            encoding,
        };
        command.Subcommands.Add(HarmonizeScaffoldCommand.Create());
        command.Subcommands.Add(HarmonizeImportCommand.Create());
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var request = Request(
                parse.GetValue(crosswalk),
                parse.GetValue(inputs) ?? [],
                parse.GetValue(output),
                parse.GetValue(countries),
                parse.GetValue(respondents),
                parse.GetValue(format)!,
                parse.GetValue(encoding));
            var summary = await Harmonizer.RunAsync(request, CountryRegistry.BuiltIn, ct).ConfigureAwait(false);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                {summary.RowsRead} rows read: {summary.Questions} questions × {summary.Countries} countries, {summary.DistributionRows} distribution rows{Respondents(summary)}
                unmapped: {summary.UnmappedCodes} (question, country, code) with codes no option covers; {summary.UnmappedCountries} country codes ({summary.UnmappedCountryRows} rows) mapping to no country
                {summary.NotAsked} (question, country) pairs with no valid answer
                details: {summary.Report}
                """));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Respondents(HarmonizeSummary summary) =>
        summary.RespondentRows > 0 ? string.Create(CultureInfo.InvariantCulture, $", {summary.RespondentRows} respondent rows") : "";

    private static HarmonizeRequest Request(
        FileInfo? crosswalk, FileInfo[] inputs, DirectoryInfo? output, string? countries, bool respondents, string format, string? encoding)
    {
        var missing = new List<string>();
        if (crosswalk is null)
        {
            missing.Add("--crosswalk FILE");
        }

        if (inputs.Length == 0)
        {
            missing.Add("--in FILE");
        }

        if (output is null)
        {
            missing.Add("--out DIR");
        }

        if (missing.Count > 0)
        {
            throw new UsageException($"harmonize needs {string.Join(", ", missing)} (see valueatlas harmonize --help)");
        }

        var tables = format.Trim().ToLowerInvariant() switch
        {
            "parquet" => TableFormat.Parquet,
            "csv" => TableFormat.ParquetAndCsv,
            _ => throw new UsageException($"--format must be parquet or csv (got '{format}')"),
        };
        var text = encoding is null
            ? null
            : CsvSource.EncodingNamed(encoding) ?? throw new UsageException($"--encoding must be {CsvSource.EncodingNames} (got '{encoding}')");
        foreach (var input in inputs)
        {
            if (!SurveyFiles.IsReadable(input.Name))
            {
                throw new UsageException($"{input.FullName}: harmonize reads {SurveyFiles.Extensions} files (by extension)");
            }

            if (text is not null && !SurveyFiles.IsCsv(input.Name))
            {
                throw new UsageException($"--encoding is for CSV input; {input.FullName} records its own encoding");
            }
        }

        return new HarmonizeRequest(
            crosswalk!.ToString(),
            [.. inputs.Select(i => i.ToString())],
            output!.ToString(),
            countries?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            respondents,
            tables,
            text);
    }
}
