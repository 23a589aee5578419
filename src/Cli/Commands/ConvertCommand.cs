using System.CommandLine;
using System.Globalization;
using ValueAtlas.Core.Artifacts;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Convert;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas convert IN OUT</c>: survey files to tables.</summary>
public static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("in") { Description = "An SPSS file (.sav, .zsav)." };
        var output = new Argument<FileInfo>("out") { Description = "The table to write: .csv or .jsonl (written atomically: no partial file is ever left)." };
        var labels = new Option<bool>("--labels") { Description = "Write value labels instead of codes where a label exists." };
        var userMissing = new Option<bool>("--user-missing-as-null") { Description = "Write user-missing codes as empty (CSV) or null (JSONL); by default they are kept." };
        var command = new Command("convert", """
            Convert a survey file. CSV is UTF-8 with a header of variable names; numbers in shortest round-trip form,
            system-missing as an empty field, string padding trimmed, dates and times ISO-8601 where the print format
            is a date or time format. Exit codes: 0 ok, 2 bad input (the message names the file and byte offset).
            """)
        {
            input,
            output,
            labels,
            userMissing,
        };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var source = parse.GetValue(input)!;
            var target = parse.GetValue(output)!;
            var options = new SpssTextOptions(parse.GetValue(labels), parse.GetValue(userMissing));
            var format = target.Extension.ToLowerInvariant();
            if (source.Extension.ToLowerInvariant() is not (".sav" or ".zsav"))
            {
                throw new UsageException($"{source.FullName}: expected an SPSS file (.sav or .zsav)");
            }

            if (format is not (".csv" or ".jsonl"))
            {
                throw new UsageException($"{target.FullName}: the output must end in .csv or .jsonl");
            }

            try
            {
                using var reader = SpssReader.Open(source.FullName);
                long rows = 0;
                await AtomicFile.WriteAsync(target.FullName, async (stream, token) => rows = format == ".csv"
                    ? await SpssToText.WriteCsvAsync(reader, stream, options, token).ConfigureAwait(false)
                    : await SpssToText.WriteJsonlAsync(reader, stream, options, token).ConfigureAwait(false), ct).ConfigureAwait(false);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows} cases × {reader.File.Variables.Count} variables written to {target.FullName}"));
                return ExitCodes.Ok;
            }
            catch (FileFormatException e)
            {
                throw new UsageException(e.Message);
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException($"{source.FullName}: {e.Message}");
            }
        }));
        return command;
    }
}
