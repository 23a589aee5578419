using System.CommandLine;
using System.Globalization;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Spss;
using ValueAtlas.Formats.Stata;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas convert IN OUT</c>: survey files to tables.</summary>
public static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("in") { Description = "An SPSS file (.sav, .zsav), a Stata file (.dta, releases 117–119), a Parquet file (.parquet) or a CSV file with a header (.csv, to Parquet)." };
        var output = new Argument<FileInfo>("out") { Description = "The table to write: .csv, .jsonl or .parquet (written atomically: no partial file is ever left)." };
        var labels = new Option<bool>("--labels") { Description = "Write value labels instead of codes where a label exists (SPSS input)." };
        var userMissing = new Option<bool>("--user-missing-as-null") { Description = "Write user-missing codes as empty/null; by default they are kept (SPSS input)." };
        var compression = new Option<string>("--compression") { Description = "Parquet output: snappy, zstd, gzip or none.", DefaultValueFactory = _ => "snappy" };
        var rowGroupSize = new Option<int>("--row-group-size")
        {
            Description = "Parquet output: at most this many rows per row group (fewer for wide tables, so a row group stays under about 48 MB in memory).",
            DefaultValueFactory = _ => 100_000,
        };
        var naValues = new Option<string>("--na-values")
        {
            Description = "CSV input: comma-separated texts that mean 'no value' in numeric, boolean and date columns (an empty field always does; text columns keep them as text). Default NA,N/A,NULL,. ; give \"\" for none.",
            DefaultValueFactory = _ => string.Join(',', CsvMissingValues.Default.Markers),
        };
        var encoding = new Option<string?>("--encoding") { Description = $"CSV input: the text encoding, {CsvSource.EncodingNames}. By default UTF-8, and a file that is not valid UTF-8 is refused (Korean Excel's plain \"CSV\" is cp949)." };
        var command = new Command("convert", """
            Convert a survey file. CSV is UTF-8 with a header of variable names; numbers in shortest round-trip form,
            system-missing as an empty field, string padding trimmed, dates and times ISO-8601 where the print format
            is a date or time format. Parquet keeps numbers as DOUBLE, dates as DATE, DATETIME as TIMESTAMP (no zone),
            TIME as TIME, strings as STRING, and the SPSS dictionary (labels, value labels, missing values) as JSON
            key/value metadata. Stata .dta: numbers as DOUBLE, strings and strLs as STRING, labels and value labels as
            JSON metadata; '.' is empty/null, .a–.z are written as the text ".a"… in CSV and JSONL and as null in
            Parquet. Conversions stream: memory holds one row group, whatever the file's length.
            Exit codes: 0 ok, 2 bad input (the message names the file and byte offset).
            """)
        {
            input,
            output,
            labels,
            userMissing,
            compression,
            rowGroupSize,
            encoding,
            naValues,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            var options = new SpssTextOptions(parse.GetValue(labels), parse.GetValue(userMissing));
            var parquet = new ParquetWriterOptions { Compression = Codec(parse.GetValue(compression)!) };
            var groupSize = parse.GetValue(rowGroupSize);
            if (groupSize < 1)
            {
                throw new UsageException($"--row-group-size must be at least 1 (got {groupSize})");
            }

            var text = parse.GetValue(encoding) is { } named
                ? CsvSource.EncodingNamed(named) ?? throw new UsageException($"--encoding must be {CsvSource.EncodingNames} (got '{named}')")
                : null;
            var missing = new CsvMissingValues(parse.GetValue(naValues)!.Split(',', StringSplitOptions.TrimEntries));
            var from = source.Extension.ToLowerInvariant();
            if (text is not null && from != ".csv")
            {
                throw new UsageException($"--encoding is for CSV input; {source.FullName} records its own encoding");
            }

            var to = target.Extension.ToLowerInvariant();
            if (to is not (".csv" or ".jsonl" or ".parquet"))
            {
                throw new UsageException($"{target.FullName}: the output must end in .csv, .jsonl or .parquet");
            }

            var rows = from switch
            {
                ".sav" or ".zsav" => await FromSpss(source.FullName, target.FullName, to, options, parquet, groupSize, ct).ConfigureAwait(false),
                ".dta" => await FromStata(source.FullName, target.FullName, to, parquet, groupSize, ct).ConfigureAwait(false),
                ".parquet" => await FromParquet(source.FullName, target.FullName, to, parquet, groupSize, ct).ConfigureAwait(false),
                ".csv" when to == ".parquet" => await CsvToParquet.WriteAsync(source.FullName, target.FullName, parquet, groupSize, text, missing, ct).ConfigureAwait(false),
                ".csv" => await FromCsv(source.FullName, target.FullName, to == ".jsonl", text, missing, ct).ConfigureAwait(false),
                _ => throw new UsageException($"{source.FullName}: expected .sav, .zsav, .dta, .csv or .parquet"),
            };
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows} rows written to {target.FullName}"));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<long> FromSpss(string source, string target, string to, SpssTextOptions options, ParquetWriterOptions parquet, int groupSize, CancellationToken ct)
    {
        using var reader = SpssReader.Open(source);
        if (to == ".parquet")
        {
            return await SpssToParquet.WriteAsync(reader, target, options, parquet, groupSize, ct).ConfigureAwait(false);
        }

        long rows = 0;
        await AtomicFile.WriteAsync(target, async (stream, token) => rows = to == ".csv"
            ? await SpssToText.WriteCsvAsync(reader, stream, options, token).ConfigureAwait(false)
            : await SpssToText.WriteJsonlAsync(reader, stream, options, token).ConfigureAwait(false), ct).ConfigureAwait(false);
        return rows;
    }

    private static async Task<long> FromStata(string source, string target, string to, ParquetWriterOptions parquet, int groupSize, CancellationToken ct)
    {
        using var reader = StataReader.Open(source);
        if (to == ".parquet")
        {
            return await StataToParquet.WriteAsync(reader, target, parquet, groupSize, ct).ConfigureAwait(false);
        }

        long rows = 0;
        await AtomicFile.WriteAsync(target, async (stream, token) => rows = to == ".csv"
            ? await StataToText.WriteCsvAsync(reader, stream, token).ConfigureAwait(false)
            : await StataToText.WriteJsonlAsync(reader, stream, token).ConfigureAwait(false), ct).ConfigureAwait(false);
        return rows;
    }

    private static async Task<long> FromParquet(string source, string target, string to, ParquetWriterOptions parquet, int groupSize, CancellationToken ct)
    {
        using var reader = await ParquetReader.OpenAsync(source, ct).ConfigureAwait(false);
        if (to == ".parquet")
        {
            return await ParquetToParquet.WriteAsync(reader, target, parquet, groupSize, ct).ConfigureAwait(false);
        }

        long rows = 0;
        await AtomicFile.WriteAsync(target, async (stream, token) => rows = await ParquetToText.WriteAsync(reader, stream, to == ".jsonl", token).ConfigureAwait(false), ct).ConfigureAwait(false);
        return rows;
    }

    private static async Task<long> FromCsv(string source, string target, bool jsonl, System.Text.Encoding? encoding, CsvMissingValues missing, CancellationToken ct)
    {
        long rows = 0;
        await AtomicFile.WriteAsync(target, async (stream, token) => rows = await CsvToText.WriteAsync(source, stream, jsonl, encoding, missing, token).ConfigureAwait(false), ct).ConfigureAwait(false);
        return rows;
    }

    private static ParquetCompression Codec(string name) => name.ToLowerInvariant() switch
    {
        "snappy" => ParquetCompression.Snappy,
        "zstd" => ParquetCompression.Zstd,
        "gzip" => ParquetCompression.Gzip,
        "none" or "uncompressed" => ParquetCompression.None,
        _ => throw new UsageException($"--compression must be snappy, zstd, gzip or none (got '{name}')"),
    };
}
