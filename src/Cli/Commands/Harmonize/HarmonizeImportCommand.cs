using System.CommandLine;
using System.Globalization;
using ValueAtlas.Core.Domain;
using ValueAtlas.Curation.Surveys.Crosswalks;
using ValueAtlas.Curation.Surveys.Import;
using ValueAtlas.Formats.Tables;

namespace ValueAtlas.Cli.Commands.Harmonize;

/// <summary>
/// <c>valueatlas harmonize import goqa|table FILE --out DIR</c>: distributions that others already computed (GlobalOpinionQA,
/// KoValPlus, any long table) as the same questions, options and distributions tables harmonize writes.
/// </summary>
public static class HarmonizeImportCommand
{
    private const string Tables = """
        Writes to --out (Parquet; with --format csv a CSV copy beside each):
          questions.parquet      question_id, source, wave, variable, text_en, text_ko, text_ko_origin, ordinal (false: the input does not say)
          options.parquet        question_id, option_index (0, 1, … in the input's order), option_code, text_en, text_ko, position (null)
          distributions.parquet  per question, country (and sample) and option: share, and with counts n and valid_n (their sum; share = n / valid_n);
                                 is_missing false for every option; share_sum_off marks a (question, country) whose given shares
                                 miss 1 by more than rounding to three decimals explains (0.0005 per option)
          harmonize.json         rows read, questions, countries, each country name and its ISO code, flagged sums, the input's SHA-256
        Country names map through the country registry (datasets/countries.yaml: names and aliases); "Name (qualifier)" maps as
        Name with the qualifier in the sample column (two samples of one country stay apart). A name that maps to nothing stops the import, listing every such name, and nothing
        is written. Exit codes: 0 ok, 2 bad input (the message names the file and the row, byte or character offset).
        """;

    public static Command Create()
    {
        var command = new Command("import", "Import ready-made answer distributions (GlobalOpinionQA, KoValPlus, any long table) as harmonized tables.");
        command.Subcommands.Add(Goqa());
        command.Subcommands.Add(Table());
        return command;
    }

    private static Command Goqa()
    {
        var file = new Argument<FileInfo>("file") { Description = "GlobalOpinionQA: .json (the long layout, rows {country, question, options, distribution}) or .csv (the original: question, selections, options, source)." };
        var (output, format, registry) = Common();
        var command = new Command("goqa", $$"""
            Import GlobalOpinionQA (Durmus et al. 2023; CC BY-NC-SA 4.0: what is written is under the same licence).
            The original CSV holds Python reprs: selections = defaultdict(<class 'list'>, {'Country': [share, …]}), options = a
            list; both are read strictly. Question ids are goqa: + the first 12 hex digits of SHA-256 over the question text and
            its options (joined by U+001F), the same in both layouts; variable holds those 12 digits. wave is the original's
            source (GAS or WVS; empty in the long layout, which lacks it). Shares are kept as given; there are no counts.
            {{Tables}}
            """)
        {
            file,
            output,
            format,
            registry,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var input = Existing(parse.GetValue(file)!);
            var set = input.Extension.ToLowerInvariant() switch
            {
                ".json" => GoqaJsonReader.Read(input.FullName),
                ".csv" => GoqaCsvReader.Read(input.FullName),
                _ => throw new UsageException($"{input.FullName}: expected .json (long layout) or .csv (original layout)"),
            };
            return await WriteAsync(set, parse.GetValue(registry), parse.GetValue(output)!, parse.GetValue(format)!, ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static Command Table()
    {
        var file = new Argument<FileInfo>("file") { Description = "A long table: .csv (UTF-8, a header, one row per question, country and option) or the KoValPlus .json." };
        var (output, format, registry) = Common();
        var layout = new Option<string?>("--layout") { Description = "csv or kovalplus; by default .csv is csv and a .json shaped {\"WVS\": {theme: [...]}} is kovalplus." };
        var source = new Option<string?>("--source") { Description = "CSV: the source id (lower-case letters, digits, - or _); question ids are SOURCE:QUESTION. Required for CSV." };
        var wave = new Option<string>("--wave") { Description = "CSV: the wave written to every row.", DefaultValueFactory = _ => "" };
        var question = new Option<string>("--question-column") { Description = "CSV: the column holding the question (an id like Q46, or its wording).", DefaultValueFactory = _ => "question" };
        var country = new Option<string>("--country-column") { Description = "CSV: the column holding the country (ISO code, name or alias).", DefaultValueFactory = _ => "country" };
        var option = new Option<string>("--option-column") { Description = "CSV: the column holding the option (its code or text).", DefaultValueFactory = _ => "option" };
        var count = new Option<string?>("--count-column") { Description = "CSV: the column holding respondent counts (default \"count\" when the header has it)." };
        var share = new Option<string?>("--share-column") { Description = "CSV: the column holding shares between 0 and 1 (default \"share\" when there is no count column)." };
        var crosswalk = new Option<FileInfo?>("--crosswalk")
        {
            Description = "Put the questions into this harmonized source's options (matched by variable and code), so the ids mean the same options, order and positions in both tables: for KoValPlus, datasets/surveys/wvs7.yaml.",
        };
        var command = new Command("table", $"""
            Import a long table of (question, country, option, count or share). KoValPlus (95 WVS-7 questions, the counts of
            WVS-7's 1,245 Korean respondents; cite WVS-7, doi:10.14281/18241.20) becomes question ids wvs7:Q46 … (joining the
            harmonized WVS-7 tables), source kovalplus, wave 7, country KR, options in WVS code order with their Korean text,
            text_ko_origin machine_translation (KoValPlus's Korean is its authors' machine translation). Give
            --crosswalk datasets/surveys/wvs7.yaml so its options are the crosswalk's (KoValPlus lists Q241-Q249 from code 1,
            where WVS-7's first option is 0, and has no ordinality or positions).
            {Tables}
            """)
        {
            file,
            output,
            format,
            registry,
            layout,
            source,
            wave,
            question,
            country,
            option,
            count,
            share,
            crosswalk,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var input = Existing(parse.GetValue(file)!);
            var kind = parse.GetValue(layout)?.ToLowerInvariant()
                ?? (input.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) && KoValPlusReader.Looks(input.FullName) ? "kovalplus" : "csv");
            var set = kind switch
            {
                "kovalplus" => KoValPlusReader.Read(input.FullName),
                "csv" => LongTableCsvReader.Read(input.FullName, new LongTableColumns(
                    SourceId(parse.GetValue(source)), parse.GetValue(wave)!, parse.GetValue(question)!, parse.GetValue(country)!, parse.GetValue(option)!, parse.GetValue(count), parse.GetValue(share))),
                _ => throw new UsageException($"--layout must be csv or kovalplus (got '{kind}')"),
            };
            if (parse.GetValue(crosswalk) is { } crosswalkFile)
            {
                set = CrosswalkAlignment.Align(set, CrosswalkLoader.Load(crosswalkFile.FullName).Crosswalk);
            }

            return await WriteAsync(set, parse.GetValue(registry), parse.GetValue(output)!, parse.GetValue(format)!, ct).ConfigureAwait(false);
        }));
        return command;
    }

    private static (Option<DirectoryInfo> Output, Option<string> Format, Option<FileInfo?> Registry) Common() =>
    (
        new Option<DirectoryInfo>("--out") { Description = "The folder to write the tables and harmonize.json into (created if needed; files of the same names are replaced).", Required = true },
        new Option<string>("--format") { Description = "parquet, or csv for a CSV copy of every table beside its Parquet file.", DefaultValueFactory = _ => "parquet" },
        new Option<FileInfo?>("--registry") { Description = $"A country registry YAML to map names with instead of the built-in {CountryRegistry.DefaultPath}." }
    );

    private static async Task<int> WriteAsync(ImportedSet set, FileInfo? registryFile, DirectoryInfo output, string format, CancellationToken ct)
    {
        var tableFormat = format.ToLowerInvariant() switch
        {
            "parquet" => TableFormat.Parquet,
            "csv" => TableFormat.ParquetAndCsv,
            _ => throw new UsageException($"--format must be parquet or csv (got '{format}')"),
        };
        var registry = registryFile is null ? CountryRegistry.BuiltIn : LoadRegistry(registryFile);
        var tables = DistributionImport.Build(set, registry);
        await DistributionImport.WriteAsync(tables, output.FullName, tableFormat, ct).ConfigureAwait(false);
        var report = tables.Report;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            {report.RowsRead} rows read: {report.Questions} questions × {report.Countries} countries ({report.CountryNames.Count} names), {report.Distributions} distribution rows
            {report.FlaggedSums.Count} (question, country) with shares not summing to 1 (flagged, kept); {report.NoAnswers.Count} with no answers
            written to {output.FullName}; details: harmonize.json
            """));
        return ExitCodes.Ok;
    }

    private static CountryRegistry LoadRegistry(FileInfo file)
    {
        try
        {
            return CountryRegistry.Load(Existing(file).FullName);
        }
        catch (CountryRegistryException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static string SourceId(string? source) =>
        source is { Length: > 0 } && source.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')
            ? source
            : throw new UsageException("--source must name the table's source for CSV input (lower-case letters, digits, '-' or '_'), e.g. --source mysurvey");

    private static FileInfo Existing(FileInfo file) =>
        file.Exists ? file : throw new UsageException($"{file.FullName}: no such file");
}
