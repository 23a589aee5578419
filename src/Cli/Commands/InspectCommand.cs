using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ValueAtlas.Formats.Parquet;
using ValueAtlas.Formats.Spss;
using ValueAtlas.Formats.Stata;

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
        var file = new Argument<FileInfo>("file") { Description = "An SPSS file (.sav, .zsav), a Stata file (.dta) or a Parquet file (.parquet)." };
        var json = new Option<bool>("--json") { Description = "Print the metadata as JSON." };
        var command = new Command("inspect", "Show an SPSS or Stata file's header facts, encoding, case count (checked by reading the data) and every variable's metadata; or a Parquet file's schema, row groups, encodings, codecs, statistics and row count.") { file, json };
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
            {
                var info = await ParquetReader.InspectAsync(path, ct).ConfigureAwait(false);
                Console.Out.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(info, Json) : Describe(info));
                return ExitCodes.Ok;
            }

            if (path.EndsWith(".dta", StringComparison.OrdinalIgnoreCase))
            {
                StataFile stata;
                using (var reader = StataReader.Open(path))
                {
                    stata = reader.File with { ObservationCount = reader.CountObservations(ct) };
                }

                Console.Out.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(stata, Json) : Describe(stata));
                return ExitCodes.Ok;
            }

            // The header's case count is only a claim: a truncated file keeps it. Reading through the data (seeking,
            // for uncompressed files) reports the cases a conversion will really get, or fails where it would.
            SpssFile meta;
            using (var reader = SpssReader.Open(path))
            {
                meta = reader.File with { CaseCount = reader.CountCases(ct) };
            }

            Console.Out.WriteLine(parse.GetValue(json) ? JsonSerializer.Serialize(meta, Json) : Describe(meta));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string Describe(ParquetFileInfo info)
    {
        var lines = new List<string>
        {
            $"file:        {info.Path}",
            $"created by:  {info.CreatedBy}",
            $"rows:        {info.RowCount}",
            $"row groups:  {info.RowGroups.Count}",
            "columns:",
        };
        lines.AddRange(info.Schema.Select(c => $"  {c.Name,-20} {TypeName(c),-13} {(c.Optional ? "optional" : "required")}"));
        for (var g = 0; g < info.RowGroups.Count; g++)
        {
            var group = info.RowGroups[g];
            lines.Add($"row group {g}: {group.RowCount} rows, {group.CompressedSize} bytes");
            lines.AddRange(group.Columns.Select(c => $"  {c.Name,-20} {c.Codec,-7} {string.Join("+", c.Encodings),-28} nulls {c.NullCount}  min {Show(c.Min)}  max {Show(c.Max)}"));
            lines.AddRange(g > 0 ? [] : group.Columns.SelectMany(c => c.KeyValueMetadata.Select(kv => $"  {c.Name,-20} metadata {kv.Key} = {kv.Value}")));
        }

        lines.AddRange(info.KeyValueMetadata.Select(kv => $"metadata {kv.Key} = {kv.Value}"));
        return string.Join('\n', lines);
    }

    private static string TypeName(ParquetColumn column) => column.Type switch
    {
        ParquetType.Timestamp when column.AdjustedToUtc => "Timestamp UTC",
        ParquetType.Decimal => $"Decimal({column.Precision},{column.Scale})",
        _ => column.Type.ToString(),
    };

    private static string? Show(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime t => t.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFF", System.Globalization.CultureInfo.InvariantCulture),
        byte[] b => BlobText.Escape(b),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };

    private static string Describe(StataFile meta)
    {
        var lines = new List<string>
        {
            $"file:         {meta.Path}",
            $"release:      {meta.Version} ({(meta.BigEndian ? "big" : "little")}-endian)",
            $"saved:        {meta.Timestamp}",
            $"label:        {meta.DataLabel}",
            $"observations: {meta.ObservationCount.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            $"variables:    {meta.Variables.Count}",
        };
        foreach (var v in meta.Variables)
        {
            var type = v.Type == StataType.Str ? $"str{v.Width}" : v.Type.ToString().ToLowerInvariant();
            lines.Add($"  {v.Name,-16} {type,-8} {v.Format,-9} {v.Label}");
            lines.AddRange(v.ValueLabels.Select(l => $"      {Show(l.Code) ?? "."} = {l.Label}"));
        }

        return string.Join('\n', lines);
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
