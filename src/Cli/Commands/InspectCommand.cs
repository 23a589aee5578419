using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ValueAtlas.Formats;
using ValueAtlas.Formats.Spss;

namespace ValueAtlas.Cli.Commands;

/// <summary><c>valueatlas inspect FILE [--json]</c>: what a survey file holds, before converting it.</summary>
public static class InspectCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "An SPSS file (.sav, .zsav)." };
        var json = new Option<bool>("--json") { Description = "Print the metadata as JSON." };
        var command = new Command("inspect", "Show an SPSS file's header facts, encoding, case count and every variable's metadata.") { file, json };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(() =>
        {
            var path = parse.GetValue(file)!.FullName;
            SpssFile meta;
            try
            {
                meta = SpssReader.ReadMetadata(path);
            }
            catch (FileFormatException e)
            {
                throw new UsageException(e.Message);
            }
            catch (FileNotFoundException e)
            {
                throw new UsageException($"{path}: {e.Message}");
            }

            Console.Out.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(meta, Json) : Describe(meta));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static string Describe(SpssFile meta)
    {
        var lines = new List<string>
        {
            $"file:        {meta.Path}",
            $"product:     {meta.Product.Trim()}",
            $"created:     {meta.CreationDate} {meta.CreationTime}",
            $"label:       {meta.FileLabel.Trim()}",
            $"encoding:    {meta.EncodingName}",
            $"compression: {meta.Compression}",
            $"cases:       {meta.CaseCount?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"}",
            $"variables:   {meta.Variables.Count}",
        };
        foreach (var v in meta.Variables)
        {
            var missing = v.MissingValues.IsEmpty ? "" : $"  missing {string.Join(" ", v.MissingValues.Discrete)}{(v.MissingValues.HasRange ? $" {v.MissingValues.RangeLow}..{v.MissingValues.RangeHigh}" : "")}";
            lines.Add($"  {v.Name,-16} {v.PrintFormat,-8} {v.Measure,-8} {v.Label}{missing}");
            lines.AddRange(v.ValueLabels.Select(l => $"      {l.Value} = {l.Label}"));
        }

        return string.Join('\n', lines);
    }
}
